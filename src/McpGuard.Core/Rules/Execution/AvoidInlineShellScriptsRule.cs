using McpGuard.Launch.Shell;
using System.Collections.Generic;

namespace McpGuard.Rules.Execution;

/// <summary>
/// MCP301: <c>bash -lc "…"</c>, <c>cmd /c "a &amp;&amp; b"</c>, <c>powershell -Command …</c>, <c>node -e</c>, <c>python -c</c>.
/// A shell that only starts one plain command (<c>cmd /c npx -y pkg</c>, which Windows needs for <c>.cmd</c> launchers) is not reported.
/// </summary>
public sealed class AvoidInlineShellScriptsRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.InlineShellScript,
        title: "Do not start servers through an inline script",
        messageFormat: "Server '{0}' is started through an inline {1} script ('{2}') at '{3}'; run the program directly, or put the script in a file in the repository where it can be reviewed",
        RuleCategories.Execution,
        RuleSeverity.Warning,
        description: "An inline script can chain, download and run anything; it is hard to review in a JSON string and hides what the server really starts.");

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(RuleContext context)
    {
        foreach (var server in context.Document.Servers)
        {
            foreach (var script in LaunchScript.Read(server).InlineScripts)
            {
                if (script.IsSingleCommand || script.Script.Source is not { } node)
                {
                    continue;
                }

                // One finding per server: the outermost script that does more than start a program.
                var wrapper = script.Wrapper.Words[script.Wrapper.RunIndex].Text;
                context.Report(Rule, node, server.Name, script.Language, CommandText(wrapper) + " " + script.Option.Text, node.GetPath());
                break;
            }
        }
    }

    private static string CommandText(string program) => Launch.CommandInvocation.NormalizeProgram(program);
}
