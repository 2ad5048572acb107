using System.Collections.Generic;
using McpGuard.Permissions;

namespace McpGuard.Rules.Approval;

/// <summary>
/// MCPG604: a Bash allow rule that lets the agent run a dangerous command (sudo, rm, curl, ssh, docker, eval, force push,
/// an interpreter with inline code…; <c>Data/permission-risks.json</c>) unprompted. A deny or ask rule that stops that
/// command silences it; unscoped rules are MCPG603's.
/// </summary>
public sealed class DoNotAllowDangerousCommandsRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.DangerousCommandAllowed,
        title: "Do not auto-allow dangerous commands",
        messageFormat: "Allow rule '{0}' at '{1}' lets the agent run '{2}' ({3}) without a prompt; narrow it to the exact command, move it to 'ask', or deny '{2}'",
        RuleCategories.Approval,
        RuleSeverity.Warning,
        description: "Commands that delete, escalate, download or run arbitrary code are exactly what a prompt injection wants; they should be confirmed each time.");

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
            if (!allow.IsBash || ScopePermissionRulesRule.Describe(allow) is not null || permissions.FindShadowing(allow) is not null)
            {
                continue;
            }

            if (FindDangerousSample(allow.CommandPattern!, permissions) is { } hit)
            {
                context.Report(Rule, allow.Node!.Span, allow.Text, allow.Node!.GetPath(), Display(hit.Sample), hit.Command.Why);
            }
        }
    }

    /// <summary>The sample without its placeholder operands: <c>git push --force x</c> → <c>git push --force</c>.</summary>
    private static string Display(string sample)
    {
        var words = sample.Split(' ');
        var count = 1;
        while (count < words.Length && words[count].Length > 1 && words[count].IndexOf('x') != words[count].Length - 1)
        {
            count++;
        }

        return string.Join(" ", words, 0, count);
    }

    /// <summary>The first dangerous command the pattern allows that no deny or ask rule stops.</summary>
    internal static (PermissionRisks.DangerousCommand Command, string Sample)? FindDangerousSample(string pattern, PermissionSet permissions)
    {
        foreach (var command in PermissionRisks.Instance.DangerousCommands)
        {
            foreach (var sample in command.Samples)
            {
                if (CommandPattern.Matches(pattern, sample) && permissions.FindStoppingCommand(sample) is null)
                {
                    return (command, sample);
                }
            }
        }

        return null;
    }
}
