namespace McpGuard.Rules.ToolCode;

/// <summary>MCPG804: an outbound request to a URL whose host a tool argument can choose, with no host check in the method.</summary>
public sealed class UrlFromToolArgument : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.UrlFromToolArgument,
        title: "Check hosts of URLs built from tool arguments",
        messageFormat: "MCP tool '{0}' sends a request to a URL whose host comes from its argument '{1}': check the host against an allow list before sending",
        RuleCategories.ToolCode,
        RuleSeverity.Warning,
        description: "A request to any host the model names is server-side request forgery (cloud metadata, internal services) and an exfiltration channel: the seeds' 'no open egress'.");

    public override System.Collections.Generic.IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };
}
