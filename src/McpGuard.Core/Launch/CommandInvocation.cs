using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace McpGuard.Launch;

/// <summary>A program and its arguments, after wrappers such as <c>cmd /c</c> or <c>bash -lc "…"</c> are looked through.</summary>
public sealed class CommandInvocation
{
    public CommandInvocation(IReadOnlyList<CommandToken> tokens)
    {
        // "NAME=value cmd …" (a shell script's prefix) sets a variable for cmd: the program is the first other word.
        var start = 0;
        while (start < tokens.Count - 1 && IsAssignment(tokens[start].Text))
        {
            start++;
        }

        Assignments = tokens.Take(start).ToList();
        Tokens = start == 0 ? tokens : tokens.Skip(start).ToList();
        Program = Tokens.Count == 0 ? string.Empty : NormalizeProgram(Tokens[0].Text);
    }

    /// <summary>Leading <c>NAME=value</c> words of a script, which set variables for the program.</summary>
    public IReadOnlyList<CommandToken> Assignments { get; }

    /// <summary>The program's file name, lower-case, without directory or Windows extension: <c>C:\n\npx.cmd</c> → <c>npx</c>.</summary>
    public string Program { get; }

    /// <summary>Program first, then its arguments.</summary>
    public IReadOnlyList<CommandToken> Tokens { get; }

    private static bool IsAssignment(string text)
    {
        var equals = text.IndexOf('=');
        return equals > 0 && (char.IsLetter(text[0]) || text[0] == '_') && text.Take(equals).All(c => char.IsLetterOrDigit(c) || c == '_');
    }

    public static string NormalizeProgram(string text)
    {
        var name = text.Trim().Trim('"', '\'');
        var slash = Math.Max(name.LastIndexOf('/'), name.LastIndexOf('\\'));
        if (slash >= 0)
        {
            name = name.Substring(slash + 1);
        }

        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (extension is ".exe" or ".cmd" or ".bat" or ".ps1")
        {
            name = name.Substring(0, name.Length - extension.Length);
        }

        return name.ToLowerInvariant();
    }
}
