using System;
using System.Collections.Generic;

namespace McpGuard.Rules.Transport;

/// <summary>MCPG406: <c>"type": "sse"</c> (also <c>transportType</c>, and a registry remote's <c>transport.type</c>).</summary>
public sealed class UseStreamableHttpRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.DeprecatedSseTransport,
        title: "Use streamable HTTP instead of the deprecated SSE transport",
        messageFormat: "Server '{0}' uses the deprecated SSE transport at '{1}'; the MCP specification replaced it with streamable HTTP (\"type\": \"http\"), which current servers and clients support",
        RuleCategories.Transport,
        RuleSeverity.Info,
        description: "The HTTP+SSE transport of MCP 2024-11-05 was replaced by streamable HTTP in 2025-03-26; clients are dropping it and it lacks the newer transport's session handling.");

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(RuleContext context)
    {
        foreach (var server in context.Document.Servers)
        {
            var type = server.Type ?? server.Body.GetObject("transport")?.GetString("type");
            if (type is not null && string.Equals(type.Value.Trim(), "sse", StringComparison.OrdinalIgnoreCase))
            {
                context.Report(Rule, type.Span, server.Name, type.GetPath());
            }
        }
    }
}
