using System.Collections.Generic;
using McpGuard.Reporting;
using McpGuard.Syntax;
using McpGuard.Credentials;

namespace McpGuard.Rules.Credentials;

/// <summary>
/// MCPG105: <c>${VAR:-default}</c> whose default is a credential: the default ships in the file and is used whenever the
/// variable is unset, so the reference protects nothing.
/// The descriptor and its search; <see cref="FindCredentialsRule"/> runs the five credential searches in one pass.
/// </summary>
public static class CredentialInReferenceDefaultRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.CredentialInReferenceDefault,
        title: "Do not put credentials in a reference's default value",
        messageFormat: "{0} gives '${{{1}}}' {2} as its default at '{3}'; remove the default (\"${{{1}}}\") so the value can only come from the environment",
        RuleCategories.Credentials,
        RuleSeverity.Error,
        description: "The default of ${VAR:-default} is committed with the file and used whenever VAR is unset; it is a literal credential.");


    internal static void Find(RuleContext context, List<CredentialHit> hits)
    {
        foreach (var text in context.Strings)
        {
            if (text.Value.IndexOf("${", System.StringComparison.Ordinal) < 0)
            {
                continue;
            }

            foreach (var reference in Internal.VariableReferences.FindDefaults(text.Value))
            {
                if (Describe(reference.Key, reference.Value, (text.Parent as JsonPropertyNode)?.Name) is { } found)
                {
                    hits.Add(new CredentialHit(Rule, text, found.Key, new object?[] { context.DescribeOwner(text), reference.Key, found.Value, text.GetPath() }));
                }
            }
        }
    }

    /// <summary>The secret in a default and how to describe it: a known format, a URL credential, or a literal under a credential name.</summary>
    private static KeyValuePair<string, string>? Describe(string variable, string value, string? containingName)
    {
        foreach (var match in CredentialScanner.FindAll(value))
        {
            return new KeyValuePair<string, string>(match.Secret, $"a {match.Provider} ({match.Redacted})");
        }

        foreach (var credential in UrlCredentials.Find(value))
        {
            return new KeyValuePair<string, string>(credential.Secret, $"a URL with a {credential.What} ('{credential.Redacted}')");
        }

        var named = CredentialNames.IsCredentialName(variable) || (containingName is not null && CredentialNames.IsCredentialName(containingName));
        return named && LiteralValues.IsLiteralSecret(value)
            ? new KeyValuePair<string, string>(value, $"a literal value ({Redaction.MaskOpaque(value)})")
            : null;
    }
}
