namespace McpGuard.Rules.ToolCode;

/// <summary>MCPG807: an HTTP MCP endpoint (<c>MapMcp</c>) without authorization, or a server on every interface whose tools execute or write.</summary>
public sealed class UngatedMcpEndpoint : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.UngatedMcpEndpoint,
        title: "Require authorization on HTTP MCP endpoints",
        messageFormat: "{0}: anyone who reaches the port can call the server's tools{1}; {2}",
        RuleCategories.ToolCode,
        RuleSeverity.Warning,
        description: "MapMcp() publishes every tool over HTTP. Without RequireAuthorization() (or a fallback authorization policy) any caller, including a web page through DNS rebinding, runs them; listening on every interface makes that the whole network.");

    public override System.Collections.Generic.IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };
}
