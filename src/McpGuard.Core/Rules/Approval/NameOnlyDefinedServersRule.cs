using System;
using System.Collections.Generic;
using McpGuard.Model;
using McpGuard.Syntax;
using McpGuard.Permissions;

namespace McpGuard.Rules.Approval;

/// <summary>
/// MCPG611: <c>enabledMcpjsonServers</c>/<c>disabledMcpjsonServers</c> entries that no <c>.mcp.json</c> of the project
/// defines: a stale approval, or one waiting for a server that a later commit adds under that name. Only reported when
/// the project's <c>.mcp.json</c> was read (otherwise nothing is known about its servers).
/// </summary>
public sealed class NameOnlyDefinedServersRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.UnknownServerInApprovalList,
        title: "Name only defined servers in approval lists",
        messageFormat: "'{0}' names server '{1}', which the project's .mcp.json does not define; remove the entry, or it approves whatever is added under that name later",
        RuleCategories.Approval,
        RuleSeverity.Info,
        description: "An approval for a server that does not exist is stale, and silently applies to any server later added under that name.");

    private static readonly string[] s_lists = { "enabledMcpjsonServers", "disabledMcpjsonServers" };

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void AnalyzeRepository(RepositoryContext context)
    {
        foreach (var document in context.Documents)
        {
            if (!ReferenceEquals(document.Format, ConfigFormat.ClaudeSettings))
            {
                continue;
            }

            var projects = ProjectServers.For(document, context.Documents);
            if (projects.Count == 0)
            {
                continue;
            }

            var defined = new HashSet<string>(StringComparer.Ordinal);
            foreach (var project in projects)
            {
                foreach (var server in project.Servers)
                {
                    defined.Add(server.Name);
                }
            }

            foreach (var list in s_lists)
            {
                foreach (var item in document.Root.GetArray(list)?.Items ?? (IReadOnlyList<JsonNode>)Array.Empty<JsonNode>())
                {
                    if (item is JsonStringNode name && !defined.Contains(name.Value))
                    {
                        context.Report(Rule, name.Span, list, name.Value);
                    }
                }
            }
        }
    }
}
