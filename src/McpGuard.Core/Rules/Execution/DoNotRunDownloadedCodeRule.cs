using System.Collections.Generic;
using McpGuard.Launch.Shell;
using McpGuard.Syntax;
using McpGuard.Launch;

namespace McpGuard.Rules.Execution;

/// <summary>MCPG302: <c>curl … | sh</c>, <c>bash &lt;(curl …)</c>, <c>iwr … | iex</c>, an interpreter given a URL (see <see cref="DownloadAndRun"/>).</summary>
public sealed class DoNotRunDownloadedCodeRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.DownloadAndRun,
        title: "Do not download and run code at launch",
        messageFormat: "{0} downloads code and runs it ({1}) at '{2}'; install a pinned, reviewed release instead, so that whoever controls the URL cannot run code on every machine",
        RuleCategories.Execution,
        RuleSeverity.Error,
        description: "Code fetched at start-up is whatever the server at that URL returns today: it is unreviewed, unpinned, and runs with the developer's rights.");

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(RuleContext context)
    {
        foreach (var server in context.Document.Servers)
        {
            var reported = new HashSet<JsonStringNode>();
            foreach (var match in DownloadAndRun.Find(context.Script(server)))
            {
                if (match.Word.Source is { } node && reported.Add(node))
                {
                    context.Report(Rule, node.Span, $"Server '{server.Name}'", match.Description, node.GetPath());
                }
            }
        }

        // Hooks, status lines and helpers of shared settings run on every machine as surely as a server does.
        foreach (var command in context.SettingsCommands)
        {
            var reported = new HashSet<JsonStringNode>();
            foreach (var match in DownloadAndRun.Find(LaunchScript.ReadCommandLine(command)))
            {
                if (match.Word.Source is { } node && reported.Add(node))
                {
                    context.Report(Rule, node.Span, LaunchedCommands.SettingsCommandOwner, match.Description, node.GetPath());
                }
            }
        }
    }
}
