using System;
using System.Collections.Generic;

namespace McpGuard.Launch.Shell;

/// <summary>One program run with its arguments: the launch command itself, or a command inside an inline script.</summary>
public sealed class SimpleCommand
{
    internal SimpleCommand(IReadOnlyList<ShellWord> words, IReadOnlyList<ShellWord> assignments, IReadOnlyList<ShellRedirection> redirections, ShellDialect dialect, int depth)
    {
        Words = words;
        Assignments = assignments;
        Redirections = redirections;
        Dialect = dialect;
        Depth = depth;
        Program = words.Count == 0 ? string.Empty : CommandInvocation.NormalizeProgram(words[0].Text);
        RunIndex = FindRunIndex(words);
        RunProgram = RunIndex < words.Count ? CommandInvocation.NormalizeProgram(words[RunIndex].Text) : string.Empty;
    }

    /// <summary>Program first, then its arguments (redirections and leading <c>NAME=value</c> words excluded).</summary>
    public IReadOnlyList<ShellWord> Words { get; }

    /// <summary>Leading <c>NAME=value</c> words, which set variables for the program.</summary>
    public IReadOnlyList<ShellWord> Assignments { get; }

    public IReadOnlyList<ShellRedirection> Redirections { get; }

    /// <summary>The language the command was read in (the launch command itself is read as <see cref="ShellDialect.Posix"/>).</summary>
    public ShellDialect Dialect { get; }

    /// <summary>0 for the launch command; 1 for a command of its inline script; more for scripts inside scripts.</summary>
    public int Depth { get; }

    /// <summary>The first word's file name, lower-case, without directory or Windows extension.</summary>
    public string Program { get; }

    /// <summary>The index of the program that finally runs, after <c>sudo</c>, <c>env</c>, <c>exec</c>, <c>nohup</c> … and their options.</summary>
    public int RunIndex { get; }

    /// <summary>The program that finally runs (<c>sudo -E bash</c> → <c>bash</c>); empty when none follows.</summary>
    public string RunProgram { get; }

    public ShellWord? ProgramWord => Words.Count == 0 ? null : Words[0];

    private static int FindRunIndex(IReadOnlyList<ShellWord> words)
    {
        var index = 0;
        while (index < words.Count && ShellCommands.PrefixCommands.Contains(CommandInvocation.NormalizeProgram(words[index].Text)))
        {
            var prefix = CommandInvocation.NormalizeProgram(words[index].Text);
            index++;
            while (index < words.Count && (IsOption(words[index].Text) || (prefix == "env" && words[index].Text.IndexOf('=') > 0)))
            {
                // sudo -u user, wsl -d Ubuntu: the option's value, not the program.
                var takesValue = ShellCommands.PrefixValueOptions.TryGetValue(prefix, out var valueOptions) && valueOptions.Contains(words[index].Text);
                index += takesValue ? 2 : 1;
            }
        }

        return Math.Min(index, words.Count);
    }

    private static bool IsOption(string text) => text.Length > 1 && text[0] == '-';

    public override string ToString() => string.Join(" ", Words);
}
