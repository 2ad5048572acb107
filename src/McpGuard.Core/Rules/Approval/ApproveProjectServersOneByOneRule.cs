using System.Collections.Generic;
using McpGuard.Model;
using McpGuard.Syntax;
using McpGuard.Permissions;

namespace McpGuard.Rules.Approval;

/// <summary>
/// MCPG601: <c>enableAllProjectMcpServers: true</c> in a Claude Code settings file of the repository approves every
/// <c>.mcp.json</c> server up front, including any a later commit adds. Cross-file, so that the message can list them.
/// </summary>
public sealed class ApproveProjectServersOneByOneRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.AllProjectServersApproved,
        title: "Approve project servers one by one",
        messageFormat: "'enableAllProjectMcpServers' approves every server of the project's .mcp.json without a prompt ({0}), including any a later commit adds; remove it and approve servers one by one",
        RuleCategories.Approval,
        RuleSeverity.Warning,
        description: "Claude Code asks before it starts each server of a repository's .mcp.json; this setting answers yes for everyone, now and for servers added later.");

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void AnalyzeRepository(RepositoryContext context)
    {
        foreach (var document in context.Documents)
        {
            if (!ReferenceEquals(document.Format, ConfigFormat.ClaudeSettings) || context.IsIgnoredLocalFile(document)
                || document.Root.GetValue("enableAllProjectMcpServers") is not JsonScalarNode { RawText: "true" } flag)
            {
                continue;
            }

            var names = new List<string>();
            foreach (var project in ProjectServers.For(document, context.Documents))
            {
                foreach (var server in project.Servers)
                {
                    names.Add(server.Name);
                }
            }

            var approved = names.Count == 0 ? "no .mcp.json server was found next to it" : "today " + ProjectServers.List(names);
            context.Report(Rule, flag.Span, approved);
        }
    }
}
