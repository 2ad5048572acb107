using System;
using System.Collections.Generic;
using McpGuard.Launch;
using McpGuard.Launch.Shell;
using McpGuard.Syntax;

namespace McpGuard.Rules.Execution;

/// <summary>
/// MCPG303: <c>sudo</c>/<c>doas</c>/<c>runas</c>, <c>rm -rf</c> outside the project (absolute, home, variable or <c>..</c>
/// targets; <c>rm -rf dist</c> is a build step), <c>chmod 777</c>, <c>mkfs</c>, <c>dd of=/dev/…</c>, and writes to shell start-up files.
/// </summary>
public sealed class AvoidDestructiveCommandsRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.DestructiveCommand,
        title: "Do not run destructive or privileged commands",
        messageFormat: "Server '{0}' runs a destructive or privileged command ('{1}') at '{2}'; a server launch must not need administrator rights or change files outside the project",
        RuleCategories.Execution,
        RuleSeverity.Error,
        description: "The launch command runs on every developer's machine whenever the client starts: deleting, re-permissioning or elevating there is never part of starting a server.");

    private static readonly HashSet<string> s_removePrograms = new(StringComparer.Ordinal) { "rm", "rmdir", "rd", "del", "erase", "remove-item", "ri" };
    private static readonly HashSet<string> s_copyPrograms = new(StringComparer.Ordinal) { "cp", "mv", "ln", "install", "copy", "copy-item", "move", "move-item", "tee", "add-content", "set-content", "out-file", "ac", "sc" };

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(RuleContext context)
    {
        foreach (var server in context.Document.Servers)
        {
            var reported = new HashSet<JsonStringNode>();
            foreach (var command in context.Script(server).Commands)
            {
                foreach (var (what, word) in Find(command))
                {
                    if (word.Source is { } node && reported.Add(node))
                    {
                        context.Report(Rule, node.Span, server.Name, what, node.GetPath());
                    }
                }
            }
        }
    }

    internal static IEnumerable<(string What, ShellWord Word)> Find(SimpleCommand command)
    {
        var words = command.Words;
        for (var i = 0; i <= command.RunIndex && i < words.Count; i++)
        {
            var program = CommandInvocation.NormalizeProgram(words[i].Text);
            if (LaunchRisks.PrivilegedPrograms.Contains(program))
            {
                yield return (program, words[i]);
            }
        }

        if (command.RunIndex >= words.Count)
        {
            yield break;
        }

        var run = command.RunProgram;
        var first = words[command.RunIndex];
        if (s_removePrograms.Contains(run) && IsForcedRecursiveOutsideProject(command) is { } target)
        {
            yield return ($"{run} -rf {target}", first);
        }

        if (LaunchRisks.FormatPrograms.Contains(run) || run.StartsWith("mkfs", StringComparison.Ordinal))
        {
            yield return (run, first);
        }

        for (var i = command.RunIndex + 1; i < words.Count; i++)
        {
            var text = words[i].Text;
            if (run == "chmod" && LaunchRisks.WorldWritableModes.Contains(text.ToLowerInvariant()))
            {
                yield return ("chmod " + text, words[i]);
            }
            else if (run == "dd" && text.StartsWith("of=/dev/", StringComparison.Ordinal))
            {
                yield return ("dd " + text, words[i]);
            }
            else if (s_copyPrograms.Contains(run) && !text.StartsWith("-", StringComparison.Ordinal) && IsStartupFile(text))
            {
                yield return ($"{run} … {text}", words[i]);
            }
        }

        foreach (var redirection in command.Redirections)
        {
            if (redirection.Writes && IsStartupFile(redirection.Target.Text))
            {
                yield return ($"{redirection.Operator} {redirection.Target.Text}", redirection.Target.Source is null ? first : redirection.Target);
            }
        }
    }

    private static string? IsForcedRecursiveOutsideProject(SimpleCommand command)
    {
        bool recursive = false, force = false;
        string? risky = null;
        for (var i = command.RunIndex + 1; i < command.Words.Count; i++)
        {
            var text = command.Words[i].Text;
            var lower = text.ToLowerInvariant();
            if (lower is "--recursive" or "-recurse" or "/s" || (lower.StartsWith("-rec", StringComparison.Ordinal) && "-recurse".StartsWith(lower, StringComparison.Ordinal)))
            {
                recursive = true;
            }
            else if (lower is "--force" or "-force" or "/q" or "/f" or "--no-preserve-root" || (lower.StartsWith("-fo", StringComparison.Ordinal) && "-force".StartsWith(lower, StringComparison.Ordinal)))
            {
                force = true;
            }
            else if (text.Length > 1 && text[0] == '-' && text[1] != '-')
            {
                recursive |= text.IndexOf('r') > 0 || text.IndexOf('R') > 0;
                force |= text.IndexOf('f') > 0;
            }
            else if (risky is null && IsOutsideProject(text))
            {
                risky = text;
            }
        }

        return recursive && force ? risky : null;
    }

    /// <summary>Absolute, home, variable, drive, wildcard-only or <c>..</c> targets; a plain relative folder is a build step.</summary>
    private static bool IsOutsideProject(string target) =>
        target.Length == 0 || target[0] is '/' or '~' or '$' or '%' or '\\' || target is "*" or "." or ".." or "./*"
        || target.IndexOf("..", StringComparison.Ordinal) >= 0 || (target.Length > 1 && target[1] == ':');

    private static bool IsStartupFile(string target)
    {
        var lower = target.Trim().Replace('\\', '/').ToLowerInvariant();
        if (lower.StartsWith("$profile", StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var file in LaunchRisks.StartupFiles)
        {
            if (lower == file || lower.EndsWith("/" + file, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
