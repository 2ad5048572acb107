using System.Collections.Generic;
using McpGuard.Syntax;
using McpGuard.Credentials;

namespace McpGuard.Rules.Credentials;

/// <summary>
/// MCPG101-MCPG105 in one pass over a document: each rule's search runs once, and each credential is reported once, by
/// the most specific rule that sees it. Specificity is the order of the searches below: a secret in a reference's default
/// (MCPG105), a known format (MCPG101), an authorization header (MCPG104), a URL (MCPG103), a credential name (MCPG102).
/// Every secret found is registered, so that no message of the file can carry it.
/// </summary>
public sealed class FindCredentialsRule : McpRule
{
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[]
    {
        KnownCredentialFormatRule.Rule,
        LiteralCredentialRule.Rule,
        CredentialInUrlRule.Rule,
        LiteralAuthorizationHeaderRule.Rule,
        CredentialInReferenceDefaultRule.Rule,
    };

    public override void Analyze(RuleContext context)
    {
        // Local settings are meant to hold personal values; MCPG606 checks that git ignores them.
        if (context.Document.IsLocalOnly)
        {
            return;
        }

        var found = new List<CredentialHit>();
        CredentialInReferenceDefaultRule.Find(context, found);
        KnownCredentialFormatRule.Find(context, found);
        var named = new List<NamedValue>(NamedValues.Enumerate(context));
        LiteralAuthorizationHeaderRule.Find(context, named, found);
        CredentialInUrlRule.Find(context, found);
        LiteralCredentialRule.Find(context, named, found);
        foreach (var hit in KeepMostSpecific(found))
        {
            context.RegisterSecret(hit.Secret);
            context.RegisterSecret(hit.Node.Value);
            context.Report(hit.Rule, hit.Node.Span, hit.Arguments);
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
