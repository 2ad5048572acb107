using System.Collections.Generic;
using McpGuard.Permissions;

namespace McpGuard.Rules.Approval;

/// <summary>
/// MCPG603: an allow rule that grants a whole tool: <c>Bash</c>, <c>Bash(*)</c>, <c>Write</c>, <c>Edit</c>, <c>WebFetch</c>
/// for any domain, <c>mcp__*</c>, every tool of a server (<c>mcp__github</c>), <c>Read(//**)</c>. A deny or ask rule that
/// covers the same calls silences it (deny wins).
/// </summary>
public sealed class ScopePermissionRulesRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.UnscopedPermissionRule,
        title: "Scope permission rules",
        messageFormat: "Allow rule '{0}' at '{1}' {2} without a prompt; allow only the commands, paths, domains or tools the project needs",
        RuleCategories.Approval,
        RuleSeverity.Warning,
        description: "An unscoped allow rule turns a whole tool into a silent capability: any prompt injection the agent reads can use it.");

    private static readonly HashSet<string> s_anyPath = new() { "*", "**", "/**", "//**", "//*", "~/**", "~/*" };

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(RuleContext context)
    {
        if (!ClaudeSettingsFiles.IsShared(context))
        {
            return;
        }

        var permissions = PermissionSet.Read(context.Document.Root);
        foreach (var allow in permissions.Allow)
        {
            if (Describe(allow) is { } grant && permissions.FindShadowing(allow) is null)
            {
                context.Report(Rule, allow.Node!.Span, allow.Text, allow.Node!.GetPath(), grant);
            }
        }
    }

    /// <summary>What an unscoped rule grants ("allows every shell command"), or <c>null</c> when the rule is scoped.</summary>
    internal static string? Describe(PermissionRule rule)
    {
        if (rule.IsMcp)
        {
            if (rule.McpServer!.IndexOf('*') >= 0)
            {
                return "allows every tool of every MCP server";
            }

            return rule.McpTool is null || rule.McpTool == "*" ? $"allows every tool of server '{rule.McpServer}'" : null;
        }

        var specifier = rule.Specifier?.Trim();
        switch (rule.Tool)
        {
            case "Bash":
            case "PowerShell":
                return rule.CommandPattern == "*" ? "allows every shell command" : null;
            case "Write":
            case "Edit":
            case "MultiEdit":
            case "NotebookEdit":
                return specifier is null || s_anyPath.Contains(specifier) ? "allows writing any file" : null;
            case "Read":
                return specifier is not null && specifier != "*" && specifier != "**" && s_anyPath.Contains(specifier) ? "allows reading any file on the machine" : null;
            case "WebFetch":
                return rule.FetchDomain == "*" ? "allows fetching from any domain" : null;
            default:
                return null;
        }
    }
}
