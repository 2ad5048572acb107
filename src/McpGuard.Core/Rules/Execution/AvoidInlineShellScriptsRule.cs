using System;
using System.Collections.Generic;
using McpGuard.Launch.Shell;

namespace McpGuard.Rules.Execution;

/// <summary>
/// MCPG301: <c>bash -lc "…"</c>, <c>cmd /c "a &amp;&amp; b"</c>, <c>powershell -Command …</c>, <c>node -e</c>, <c>python -c</c>.
/// A shell that only starts one plain command (<c>cmd /c npx -y pkg</c>, which Windows needs for <c>.cmd</c> launchers) is not reported.
/// A shell that runs a script file (<c>bash ./scripts/start.sh</c>, <c>pwsh -File start.ps1</c>) is the milder case, Info:
/// the script is in the repository where it can be reviewed, but McpGuard does not read it.
/// </summary>
public sealed class AvoidInlineShellScriptsRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.InlineShellScript,
        title: "Do not start servers through an inline script",
        messageFormat: "Server '{0}' is started through {1} at '{2}'; {3}",
        RuleCategories.Execution,
        RuleSeverity.Warning,
        description: "An inline script can chain, download and run anything; it is hard to review in a JSON string and hides what the server really starts.");

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(RuleContext context)
    {
        foreach (var server in context.Document.Servers)
        {
            var launch = context.Script(server);
            if (!ReportInlineScript(context, server, launch))
            {
                ReportScriptFile(context, server, launch);
            }
        }
    }

    /// <summary>One finding per server: the outermost script that does more than start a program.</summary>
    private static bool ReportInlineScript(RuleContext context, Model.McpServer server, LaunchScript launch)
    {
        foreach (var script in launch.InlineScripts)
        {
            if (script.IsSingleCommand || script.Script.Source is not { } node)
            {
                continue;
            }

            var wrapper = script.Wrapper.Words[script.Wrapper.RunIndex].Text;
            var how = $"an inline {script.Language} script ('{CommandText(wrapper)} {script.Option.Text}')";
            context.Report(Rule, node.Span, server.Name, how, node.GetPath(), "run the program directly, or put the script in a file in the repository where it can be reviewed");
            return true;
        }

        return false;
    }

    /// <summary><c>bash ./start.sh</c>: the first word after the shell's options names the script it runs.</summary>
    private static void ReportScriptFile(RuleContext context, Model.McpServer server, LaunchScript launch)
    {
        if (launch.Launch is not { } command || !ShellCommands.IsShell(command.RunProgram) || launch.InlineScripts.Count > 0)
        {
            return;
        }

        for (var i = command.RunIndex + 1; i < command.Words.Count; i++)
        {
            var word = command.Words[i];
            if (word.Text.StartsWith("-", StringComparison.Ordinal) || word.Text.StartsWith("/", StringComparison.Ordinal) && word.Text.Length <= 3)
            {
                continue;
            }

            if (word.Source is { } node)
            {
                var how = $"{command.RunProgram} running the script file '{word.Text}'";
                context.Report(Rule.WithSeverity(RuleSeverity.Info), node.Span, server.Name, how, node.GetPath(), "McpGuard does not read scripts, so review what it starts as you would the configuration");
            }

            return;
        }
    }

    private static string CommandText(string program) => Launch.CommandInvocation.NormalizeProgram(program);
}
