using System.Collections.Generic;
using McpGuard.Inventory;

namespace McpGuard.Rules.Approval;

/// <summary>
/// MCPG612: a well-known server that offers a read-only switch (GitHub <c>--read-only</c>, Supabase <c>--read-only</c>,
/// Postgres MCP Pro <c>--access-mode=restricted</c>…; <c>Data/server-classes.json</c>) started without it.
/// </summary>
public sealed class UseReadOnlyModeRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.ReadOnlyModeUnused,
        title: "Use the read-only mode a server offers",
        messageFormat: "Server '{0}' ({1}) offers a read-only mode ({2}) and is started without it; enable it unless the project needs the server to write",
        RuleCategories.Approval,
        RuleSeverity.Info,
        description: "A server that can only read cannot be turned into a writer by a prompt injection; the seeds advise enabling read-only mode where a server supports it.");

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(RuleContext context)
    {
        foreach (var server in context.Document.Servers)
        {
            if (ServerClasses.Find(server) is { ReadOnly: { } readOnly } serverClass && readOnly.Applies(server) && !serverClass.IsReadOnly(server))
            {
                context.Report(Rule, server.NameSpan, server.Name, serverClass.Name, readOnly.Description);
            }
        }
    }
}
