using System;
using System.Collections.Generic;
using System.IO;

namespace McpGuard.Launch;

/// <summary>A program and its arguments, after wrappers such as <c>cmd /c</c> or <c>bash -lc "…"</c> are looked through.</summary>
public sealed class CommandInvocation
{
    public CommandInvocation(IReadOnlyList<CommandToken> tokens)
    {
        Tokens = tokens;
        Program = tokens.Count == 0 ? string.Empty : NormalizeProgram(tokens[0].Text);
    }

    /// <summary>The program's file name, lower-case, without directory or Windows extension: <c>C:\n\npx.cmd</c> → <c>npx</c>.</summary>
    public string Program { get; }

    /// <summary>Program first, then its arguments.</summary>
    public IReadOnlyList<CommandToken> Tokens { get; }

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
