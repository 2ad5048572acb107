using System.Collections.Generic;
using McpGuard.Reporting;
using McpGuard.Credentials;

namespace McpGuard.Rules.Credentials;

/// <summary>
/// MCPG102: a literal value under a credential-like name: an <c>env</c> or <c>headers</c> entry, Claude Code settings'
/// <c>env</c>, an option (<c>--api-key=…</c>, <c>--token …</c>), a <c>NAME=value</c> argument (<c>docker -e</c>), or a
/// key of JSON held in a string.
/// The descriptor and its search; <see cref="FindCredentialsRule"/> runs the five credential searches in one pass.
/// </summary>
public static class LiteralCredentialRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.LiteralCredential,
        title: "Do not set credential variables to literal values",
        messageFormat: "{0} sets credential {1} to a literal value ({2}) at '{3}'; {4}",
        RuleCategories.Credentials,
        RuleSeverity.Error,
        description: "A credential-named variable with a literal value puts the secret in the repository; reference it from the environment.");


    internal static void Find(RuleContext context, IReadOnlyList<NamedValue> namedValues, List<CredentialHit> hits)
    {
        foreach (var named in namedValues)
        {
            // Authorization values have a scheme and may be Basic-encoded: MCPG104 judges them.
            if (!(CredentialNames.IsCredentialName(named.Name) || context.Policy?.IsCredentialName(named.Name) == true) || AuthorizationValues.IsAuthorizationName(named.Name) || !LiteralValues.IsLiteralSecret(named.Value))
            {
                continue;
            }

            var fix = CredentialFixes.Reference(context.Document.Format, named.InSettings, named.Name);
            hits.Add(new CredentialHit(
                Rule,
                named.Node,
                named.Value,
                new object?[] { context.DescribeOwner(named.Node), named.Describe(), Redaction.MaskOpaque(named.Value), named.Path, fix }));
        }
    }
}
