using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using McpGuard.Launch.Shell;

namespace McpGuard.Rules.Execution;

/// <summary>
/// MCPG304: <c>;</c>, <c>&amp;&amp;</c>, <c>||</c>, <c>|</c>, backticks, <c>$(</c>, <c>&gt;</c> in the arguments of a program
/// that is not a shell. Only shell-like uses count: <c>Server=x;Database=y</c> and <c>a|b</c> patterns are not commands.
/// </summary>
public sealed class KeepShellSyntaxOutOfArgumentsRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.ShellMetacharactersInArguments,
        title: "Keep shell syntax out of arguments",
        messageFormat: "Server '{0}' passes shell syntax ('{1}') to '{2}' at '{3}'; the program is not a shell and receives it literally, and a client that starts servers through a shell would run it: remove it, or move the commands into a reviewed script",
        RuleCategories.Execution,
        RuleSeverity.Warning,
        description: "Shell operators in a plain argument are either a broken command or an injection waiting for a client that joins arguments into a shell command line.");

    /// <summary>
    /// <c>&amp;&amp;</c>, <c>||</c>, a lone <c>|</c> or one into a shell, <c>`…`</c>, <c>$(</c>, <c>;</c> before a command, and
    /// <c>&gt;</c> before a file (<c>&gt; /tmp/x</c>, <c>2&gt;&amp;1</c>): prose such as "Bearer; Basic is off" or "x &gt; 5" is not matched.
    /// Built at the first check (it reads <c>shell-commands.json</c>), not when an analyzer lists the rules' descriptors.
    /// </summary>
    private static readonly Lazy<Regex> s_shellSyntax = new(() => new Regex(
        @"&&|\|\||(?:^|\s)\|(?:\s|$)|\|\s*(?:sh|bash|zsh|python3?|node|iex|pwsh|powershell)\b|`[^`]+`|\$\(|;\s*(?:" + CommandAlternatives() + @")(?:\s|$)"
        + @"|(?:^|\s)\d?>>?\s*(?:[/~$%]|\.{1,2}[/\\]|[A-Za-z]:[\\/]|&\d|[\w-]+\.(?:txt|log|sh|json|out|tmp)\b)",
        RegexOptions.CultureInvariant,
        TimeSpan.FromMilliseconds(100)));

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(RuleContext context)
    {
        foreach (var server in context.Document.Servers)
        {
            var script = context.Script(server);
            if (script.Launch is not { } launch || IsWrapper(script, launch) || server.Command is null)
            {
                continue;
            }

            var program = launch.RunProgram.Length > 0 ? launch.RunProgram : launch.Program;
            if (server.Args.Count == 0)
            {
                Check(context, server.Name, program, server.Command);
                continue;
            }

            foreach (var argument in server.Args)
            {
                Check(context, server.Name, program, argument);
            }
        }
    }

    private static void Check(RuleContext context, string server, string program, Syntax.JsonStringNode node)
    {
        Match match;
        try
        {
            match = s_shellSyntax.Value.Match(node.Value);
        }
        catch (RegexMatchTimeoutException)
        {
            return;
        }

        if (match.Success)
        {
            // The operator, not the text around it (a backtick span may hold anything, a token included).
            var shown = match.Value.Trim();
            shown = shown.StartsWith("`", StringComparison.Ordinal) ? "`…`" : shown;
            context.Report(Rule, node.Span, server, shown, program, node.GetPath());
        }
    }

    private static string CommandAlternatives()
    {
        var names = new List<string>();
        foreach (var name in ShellCommands.CommonCommands)
        {
            names.Add(Regex.Escape(name));
        }

        return string.Join("|", names);
    }

    private static bool IsWrapper(LaunchScript script, SimpleCommand launch)
    {
        foreach (var inline in script.InlineScripts)
        {
            if (ReferenceEquals(inline.Wrapper, launch))
            {
                return true;
            }
        }

        return ShellCommands.IsShell(launch.RunProgram);
    }
}
