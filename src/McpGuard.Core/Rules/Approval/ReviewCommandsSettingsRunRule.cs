using System.Collections.Generic;
using McpGuard.Internal;
using McpGuard.Launch.Shell;
using McpGuard.Launch;

namespace McpGuard.Rules.Approval;

/// <summary>
/// MCPG607: a command that shared Claude Code settings make every teammate's machine run (<c>hooks</c>, <c>statusLine</c>,
/// <c>apiKeyHelper</c>, <c>otelHeadersHelper</c>, <c>awsCredentialExport</c>…; <c>.mcp.json</c> <c>headersHelper</c>):
/// Info, listed for review. What such a command downloads is judged as for a server: MCPG302 (code it downloads and runs),
/// MCPG201/202/204/206 (packages it fetches), see <see cref="LaunchedCommands"/>.
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
        foreach (var command in context.SettingsCommands)
        {
            // A download, or an unpinned package, is reported again by MCPG302 and MCPG201 at their own severity.
            var shown = TextClip.Clip(command.Value.Trim(), 80);
            var downloads = DownloadAndRun.Find(LaunchScript.ReadCommandLine(command.Value.Trim()));
            context.Report(Rule, command.Span, command.GetPath(), shown, downloads.Count > 0 ? ", and runs code it downloads (" + downloads[0].Description + ")" : string.Empty);
        }
    }
}
