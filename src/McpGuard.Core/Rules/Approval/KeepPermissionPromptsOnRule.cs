using System.Collections.Generic;
using McpGuard.Permissions;

namespace McpGuard.Rules.Approval;

/// <summary>
/// MCPG602: <c>permissions.defaultMode: "bypassPermissions"</c> (Error) or <c>"acceptEdits"</c> (Warning) in shared
/// Claude Code settings, and a prompt-bypass switch (<c>--dangerously-skip-permissions</c>) in a hook or helper command
/// the settings define (in a server's launch command it is MCPG307's); Codex's <c>sandbox_mode</c>, <c>approval_policy</c>
/// and <c>trust_level</c> (<c>KeepPermissionPromptsOnRule.Codex.cs</c>).
/// </summary>
public sealed partial class KeepPermissionPromptsOnRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.PermissionPromptsOff,
        title: "Keep permission prompts on",
        messageFormat: "{0}; every session of this repository then {1} without asking, so remove it and let people opt in for themselves",
        RuleCategories.Approval,
        RuleSeverity.Error,
        description: "A committed setting that switches Claude Code's permission prompts off applies to everyone who opens the repository: the agent runs tools, edits and commands unreviewed.");

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        if (ClaudeSettingsFiles.IsShared(context))
        {
            var mode = PermissionSet.Read(document.Root).DefaultMode;
            if (mode?.Value == "bypassPermissions")
            {
                context.Report(Rule, mode.Span, "'permissions.defaultMode' is 'bypassPermissions'", "runs every tool and command");
            }
            else if (mode?.Value == "acceptEdits")
            {
                context.Report(Rule.WithSeverity(RuleSeverity.Warning), mode.Span, "'permissions.defaultMode' is 'acceptEdits'", "edits files");
            }
        }

        if (document.Format.Id == "codex")
        {
            CheckCodex(context, Rule);
        }

        var risks = PermissionRisks.Instance;
        foreach (var command in risks.CommandNodes(document.Format.Id, document.Root))
        {
            if (risks.FindBypassFlag(command.Value) is { } flag)
            {
                context.Report(Rule, command.Span, $"The command at '{command.GetPath()}' passes '{flag}'", "runs that agent's tools");
            }
        }

        // A server's own command and arguments are MCPG307's (security switches in launch commands).
    }
}
