using System.Collections.Generic;

namespace McpGuard.Rules.Credentials;

/// <summary>MCP101: a provider token (GitHub, OpenAI, Anthropic, AWS, Slack, …) written into a configuration string.</summary>
public sealed class KnownCredentialFormatRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.KnownCredentialFormat,
        title: "Do not commit credentials with a known format",
        messageFormat: "{0} holds a literal {1} ({2}) at '{3}'; revoke it and load it from the environment or a secret store instead",
        RuleCategories.Credentials,
        RuleSeverity.Error,
        description: "Committed tokens are read by everyone with access to the repository and its history; rotate them and keep them out of the file.");

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(RuleContext context)
    {
        if (context.Document.IsLocalOnly)
        {
            // Early exit: local settings are meant to hold personal values; MCP606 checks that git ignores them.
            return;
        }

        foreach (var entry in context.CredentialMatches)
        {
            var node = entry.Key;
            var match = entry.Value;
            context.RegisterSecret(node.Value);
            context.RegisterSecret(match.Secret);
            context.Report(Rule, node.Span, context.DescribeOwner(node), match.Pattern.Provider, match.Redacted, node.GetPath());
        }
    }
}
