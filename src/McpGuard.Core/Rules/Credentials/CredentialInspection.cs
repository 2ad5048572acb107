using System.Collections.Generic;
using McpGuard.Syntax;

namespace McpGuard.Rules.Credentials;

/// <summary>
/// Runs the credential rules' searches once per document and keeps one finding per credential: when several rules
/// see the same secret in the same string, the most specific one reports it. Specificity is the order of the searches
/// below: a secret in a reference's default (MCPG105), a known format (MCPG101), an authorization header (MCPG104), a URL
/// (MCPG103), a credential name (MCPG102).
/// </summary>
internal sealed class CredentialInspection
{
    private readonly List<CredentialHit> _hits;

    private CredentialInspection(List<CredentialHit> hits) => _hits = hits;

    public static CredentialInspection Run(RuleContext context)
    {
        var found = new List<CredentialHit>();
        if (!context.Document.IsLocalOnly)
        {
            // Local settings are meant to hold personal values; MCPG606 checks that git ignores them.
            CredentialInReferenceDefaultRule.Find(context, found);
            KnownCredentialFormatRule.Find(context, found);
            LiteralAuthorizationHeaderRule.Find(context, found);
            CredentialInUrlRule.Find(context, found);
            LiteralCredentialRule.Find(context, found);
        }

        return new CredentialInspection(KeepMostSpecific(found));
    }

    public IEnumerable<CredentialHit> For(RuleDescriptor rule)
    {
        foreach (var hit in _hits)
        {
            if (ReferenceEquals(hit.Rule, rule))
            {
                yield return hit;
            }
        }
    }

    private static List<CredentialHit> KeepMostSpecific(List<CredentialHit> found)
    {
        var kept = new List<CredentialHit>();
        var keptByNode = new Dictionary<JsonStringNode, List<CredentialHit>>();
        foreach (var hit in found)
        {
            if (!keptByNode.TryGetValue(hit.Node, out var sameNode))
            {
                sameNode = new List<CredentialHit>();
                keptByNode[hit.Node] = sameNode;
            }

            if (!sameNode.Exists(hit.Overlaps))
            {
                sameNode.Add(hit);
                kept.Add(hit);
            }
        }

        return kept;
    }
}
