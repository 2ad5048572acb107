using System;
using System.Collections.Generic;

namespace McpGuard.Launch.Shell;

/// <summary>Recognises the option that hands code to a shell or interpreter, and the words of that code.</summary>
internal static class InlineScriptFinder
{
    /// <summary>PowerShell options that take a value (skipped when looking for the command).</summary>
    private static readonly HashSet<string> s_powerShellValueOptions = new(StringComparer.OrdinalIgnoreCase)
    {
        "-executionpolicy", "-ep", "-ex", "-windowstyle", "-w", "-configurationname", "-workingdirectory", "-wd",
        "-inputformat", "-outputformat", "-psconsolefile", "-version", "-v", "-settingsfile",
    };

    public static Found? Find(SimpleCommand command)
    {
        var words = command.Words;
        var first = command.RunIndex + 1;
        var program = command.RunProgram;
        if (ShellCommands.PosixShells.Contains(program))
        {
            for (var i = first; i < words.Count - 1; i++)
            {
                var word = words[i].Text;
                if (!word.StartsWith("-", StringComparison.Ordinal) && !word.StartsWith("+", StringComparison.Ordinal))
                {
                    return null;
                }

                if (!word.StartsWith("--", StringComparison.Ordinal) && word.IndexOf('c') > 0)
                {
                    // The script is one argument; what follows it are $0, $1… for the script, not commands.
                    return new Found(words[i], new[] { words[i + 1] }, "sh", ShellDialect.Posix);
                }
            }

            return null;
        }

        if (ShellCommands.CmdShells.Contains(program))
        {
            for (var i = first; i < words.Count - 1; i++)
            {
                var lower = words[i].Text.ToLowerInvariant();
                if (lower is "/c" or "/k" or "/r")
                {
                    return new Found(words[i], Rest(words, i + 1), "cmd", ShellDialect.Cmd);
                }

                if (!lower.StartsWith("/", StringComparison.Ordinal))
                {
                    return null;
                }
            }

            return null;
        }

        if (ShellCommands.PowerShells.Contains(program))
        {
            return FindPowerShell(words, first, program);
        }

        if (ShellCommands.InlineInterpreters.TryGetValue(program, out var options))
        {
            for (var i = first; i < words.Count - 1; i++)
            {
                if (options.TryGetValue(words[i].Text, out var language))
                {
                    return new Found(words[i], new[] { words[i + 1] }, language, null);
                }

                if (!words[i].Text.StartsWith("-", StringComparison.Ordinal) && !(program == "deno" && i == first))
                {
                    return null;
                }
            }
        }

        return null;
    }

    private static Found? FindPowerShell(IReadOnlyList<ShellWord> words, int first, string program)
    {
        for (var i = first; i < words.Count; i++)
        {
            var lower = words[i].Text.ToLowerInvariant();
            if (!lower.StartsWith("-", StringComparison.Ordinal) && !lower.StartsWith("/", StringComparison.Ordinal))
            {
                // Windows PowerShell runs positional text as a command; pwsh runs it as a script file.
                return program == "powershell" ? new Found(words[i], Rest(words, i), "PowerShell", ShellDialect.PowerShell) : null;
            }

            var name = "-" + lower.Substring(1);
            if (i + 1 < words.Count && name.Length >= 2 && "-command".StartsWith(name, StringComparison.Ordinal) && name != "-")
            {
                return new Found(words[i], Rest(words, i + 1), "PowerShell", ShellDialect.PowerShell);
            }

            if (i + 1 < words.Count && name is "-encodedcommand" or "-enc" or "-ec" or "-e" or "-en" or "-encoded")
            {
                // Base64 text: it runs, but cannot be read here.
                return new Found(words[i], new[] { words[i + 1] }, "PowerShell (encoded)", null);
            }

            if (name is "-file" or "-f")
            {
                return null;
            }

            if (s_powerShellValueOptions.Contains(name))
            {
                i++;
            }
        }

        return null;
    }

    private static ShellWord[] Rest(IReadOnlyList<ShellWord> words, int start)
    {
        var rest = new ShellWord[words.Count - start];
        for (var i = start; i < words.Count; i++)
        {
            rest[i - start] = words[i];
        }

        return rest;
    }

    internal sealed class Found
    {
        public Found(ShellWord option, ShellWord[] scriptWords, string language, ShellDialect? dialect)
        {
            Option = option;
            ScriptWords = scriptWords;
            Language = language;
            Dialect = dialect;
        }

        public ShellWord Option { get; }

        public ShellWord[] ScriptWords { get; }

        public string Language { get; }

        public ShellDialect? Dialect { get; }
    }
}
