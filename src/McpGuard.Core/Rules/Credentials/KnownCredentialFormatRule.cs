using System.Collections.Generic;
using McpGuard.Syntax;
using McpGuard.Credentials;

namespace McpGuard.Rules.Credentials;

/// <summary>
/// MCPG101: a provider token (GitHub, OpenAI, Anthropic, AWS, Slack, …) written into a configuration string.
/// The descriptor and its search; <see cref="FindCredentialsRule"/> runs the five credential searches in one pass.
/// </summary>
public static class KnownCredentialFormatRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.KnownCredentialFormat,
        title: "Do not commit credentials with a known format",
        messageFormat: "{0} holds a literal {1} ({2}) at '{3}'; revoke it and load it from the environment or a secret store instead",
        RuleCategories.Credentials,
        RuleSeverity.Error,
        description: "Committed tokens are read by everyone with access to the repository and its history; rotate them and keep them out of the file.");


    internal static void Find(RuleContext context, List<CredentialHit> hits)
    {
        var patternsByObject = new Dictionary<JsonObjectNode, HashSet<string>>();
        foreach (var text in context.Strings)
        {
            var owner = (text.Parent as JsonPropertyNode)?.Owner;
            if (owner is not null && !patternsByObject.ContainsKey(owner))
            {
                patternsByObject[owner] = new HashSet<string>(System.StringComparer.Ordinal);
            }

            foreach (var match in CredentialScanner.FindAll(text.Value))
            {
                if (owner is not null)
                {
                    patternsByObject[owner].Add(match.Pattern.Id);
                }

                hits.Add(Hit(context, text, match));
            }
        }

        foreach (var entry in patternsByObject)
        {
            foreach (var paired in PairedSecrets.Find(entry.Key, entry.Value))
            {
                hits.Add(Hit(context, paired.Key, paired.Value));
            }
        }
    }

    private static CredentialHit Hit(RuleContext context, JsonStringNode text, CredentialMatch match) => new(
        match.Severity is { } severity ? Rule.WithSeverity(severity) : Rule,
        text,
        match.Secret,
        new object?[] { context.DescribeOwner(text), match.Provider, match.Redacted, text.GetPath() });
}
