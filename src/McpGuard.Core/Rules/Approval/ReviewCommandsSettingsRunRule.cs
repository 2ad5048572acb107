using System.Collections.Generic;
using McpGuard.Internal;
using McpGuard.Launch.Shell;
using McpGuard.Model;

namespace McpGuard.Rules.Approval;

/// <summary>
/// MCPG607: a command that shared Claude Code settings make every teammate's machine run (<c>hooks</c>, <c>statusLine</c>,
/// <c>apiKeyHelper</c>, <c>otelHeadersHelper</c>, <c>awsCredentialExport</c>…; <c>.mcp.json</c> <c>headersHelper</c>):
/// Info, listed for review; Warning when the command runs code it downloads (MCPG302's <see cref="DownloadAndRun"/>).
/// </summary>
public sealed class ReviewCommandsSettingsRunRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.SettingsRunCommands,
        title: "Review commands that settings run",
        messageFormat: "'{0}' runs '{1}' on the machine of everyone who opens the repository{2}; review it like code, and keep it free of downloads",
        RuleCategories.Approval,
        RuleSeverity.Info,
        description: "Hooks and helpers in committed settings run automatically, outside the agent's permission prompts; a change to them is a change to every developer's machine.");

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        if (!ReferenceEquals(document.Format, ConfigFormat.ClaudeProject) && !ClaudeSettingsFiles.IsShared(context))
        {
            return;
        }

        foreach (var command in PermissionRisks.Instance.CommandNodes(document.Format.Id, document.Root))
        {
            var text = command.Value.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var shown = TextClip.Clip(text, 80);
            var downloads = DownloadAndRun.Find(LaunchScript.ReadCommandLine(text));
            if (downloads.Count > 0)
            {
                context.ReportWithSeverity(Rule, command.Span, RuleSeverity.Warning, command.GetPath(), shown, ", and runs code it downloads (" + downloads[0].Description + ")");
            }
            else
            {
                context.Report(Rule, command, command.GetPath(), shown, string.Empty);
            }
        }
    }
}
