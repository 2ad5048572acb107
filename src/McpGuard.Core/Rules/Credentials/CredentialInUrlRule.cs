using System;
using System.Collections.Generic;
using McpGuard.Syntax;
using McpGuard.Credentials;

namespace McpGuard.Rules.Credentials;

/// <summary>
/// MCPG103: a password in URL userinfo (<c>postgres://app:pw@db</c>, <c>mongodb+srv://</c>, <c>redis://</c>, any scheme),
/// a secret-named query parameter (<c>?api_key=…</c>), or an ADO.NET <c>Password=</c> in any string of the file.
/// The descriptor and its search; <see cref="FindCredentialsRule"/> runs the five credential searches in one pass.
/// </summary>
public static class CredentialInUrlRule
{
    /// <summary>Long URLs are shortened in messages; what is shown is already redacted.</summary>
    private const int MaxShownLength = 160;

    public static readonly RuleDescriptor Rule = new(
        RuleIds.CredentialInUrl,
        title: "Do not put credentials in URLs",
        messageFormat: "{0} embeds a {1} in '{2}' at '{3}'; {4}",
        RuleCategories.Credentials,
        RuleSeverity.Error,
        description: "Credentials in URLs and connection strings are committed with the file and often logged; keep them in the environment.");


    internal static void Find(RuleContext context, List<CredentialHit> hits)
    {
        foreach (var text in context.Strings)
        {
            if (text.Value.IndexOf("://", StringComparison.Ordinal) < 0 && text.Value.IndexOf(';') < 0)
            {
                continue;
            }

            foreach (var credential in UrlCredentials.Find(text.Value))
            {
                var shown = credential.Redacted.Length > MaxShownLength ? credential.Redacted.Substring(0, MaxShownLength) + "\u2026" : credential.Redacted;
                var fix = CredentialFixes.Reference(context.Document.Format, inSettings: false, VariableFor(text, credential));
                hits.Add(new CredentialHit(Rule, text, credential.Secret, new object?[] { context.DescribeOwner(text), credential.What, shown, text.GetPath(), fix }));
            }
        }
    }

    /// <summary>The variable to suggest: the env key that holds the URL, else a name for what the URL is.</summary>
    private static string VariableFor(JsonStringNode text, UrlCredential credential)
    {
        if (text.Parent is JsonPropertyNode property && property.Owner?.Parent is JsonPropertyNode { Name: "env" })
        {
            return property.Name;
        }

        return credential.What.StartsWith("secret query parameter", StringComparison.Ordinal)
            ? CredentialFixes.ConstantName(credential.What.Substring("secret query parameter".Length).Trim('\'', ' '))
            : "DATABASE_URL";
    }
}
