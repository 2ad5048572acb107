using System;
using McpGuard.Syntax;

namespace McpGuard.Rules.Approval;

/// <summary>
/// MCPG602's part for Codex's <c>config.toml</c>: <c>sandbox_mode = "danger-full-access"</c> and <c>approval_policy = "never"</c>
/// (together Codex's <c>--dangerously-bypass-approvals-and-sandbox</c>), at the top level, in the profile that
/// <c>profile = "…"</c> selects, or in any other <c>[profiles.*]</c> table (used only with <c>--profile</c>, so one step
/// milder); and <c>[projects."…"] trust_level = "trusted"</c>, which loads that folder's own Codex settings unprompted.
/// </summary>
public sealed partial class KeepPermissionPromptsOnRule
{
    private static void CheckCodex(RuleContext context, RuleDescriptor rule)
    {
        var root = context.Document.Root;
        var selected = root.GetString("profile")?.Value;
        CheckTable(context, rule, root, "the file", optIn: false);
        foreach (var profile in root.GetObject("profiles")?.Properties ?? Array.Empty<JsonPropertyNode>())
        {
            if (profile.Value is JsonObjectNode table)
            {
                var optIn = !string.Equals(profile.Name, selected, StringComparison.Ordinal);
                CheckTable(context, rule, table, optIn ? $"profile '{profile.Name}' (used with --profile {profile.Name})" : $"profile '{profile.Name}'", optIn);
            }
        }

        foreach (var project in root.GetObject("projects")?.Properties ?? Array.Empty<JsonPropertyNode>())
        {
            if (project.Value is JsonObjectNode table && table.GetString("trust_level") is { Value: "trusted" } trust)
            {
                context.Report(rule.WithSeverity(RuleSeverity.Warning), trust.Span, $"'projects.\"{project.Name}\".trust_level' is 'trusted'", "loads that folder's own Codex settings, hooks and MCP servers");
            }
        }
    }

    /// <summary>Both switches: Error (Warning in an opt-in profile); one of them: Warning (Info in an opt-in profile).</summary>
    private static void CheckTable(RuleContext context, RuleDescriptor rule, JsonObjectNode table, string where, bool optIn)
    {
        var sandbox = table.GetString("sandbox_mode") is { Value: "danger-full-access" } fullAccess ? fullAccess : null;
        var approval = table.GetString("approval_policy") is { Value: "never" } never ? never : null;
        var prefix = optIn ? $"In {where}, " : where == "the file" ? string.Empty : $"In {where}, the default profile, ";
        if (sandbox is not null && approval is not null)
        {
            context.Report(rule.WithSeverity(optIn ? RuleSeverity.Warning : RuleSeverity.Error), sandbox.Span, $"{prefix}'sandbox_mode' is 'danger-full-access' and 'approval_policy' is 'never'", "runs every command outside the sandbox");
        }
        else if (sandbox is not null)
        {
            context.Report(rule.WithSeverity(optIn ? RuleSeverity.Info : RuleSeverity.Warning), sandbox.Span, $"{prefix}'sandbox_mode' is 'danger-full-access'", "runs commands outside the sandbox, with full access to the machine and the network,");
        }
        else if (approval is not null)
        {
            context.Report(rule.WithSeverity(optIn ? RuleSeverity.Info : RuleSeverity.Warning), approval.Span, $"{prefix}'approval_policy' is 'never'", "runs commands inside its sandbox");
        }
    }
}
