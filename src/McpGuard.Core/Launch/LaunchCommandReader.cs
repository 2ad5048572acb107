using System;
using System.Collections.Generic;
using System.Linq;
using McpGuard.Model;
using McpGuard.Syntax;

namespace McpGuard.Launch;

/// <summary>
/// Reads a server's <c>command</c> and <c>args</c> into the invocations it runs. Wrappers (<c>cmd /c</c>,
/// <c>sh -c</c>, <c>bash -lc</c>, <c>pwsh -Command</c>) are unwrapped; inline scripts are split on whitespace and on
/// <c>&amp;&amp;</c>, <c>||</c>, <c>;</c> and <c>|</c> (a first approximation of shell syntax).
/// </summary>
public static class LaunchCommandReader
{
    private static readonly HashSet<string> s_posixShells = new(StringComparer.Ordinal) { "sh", "bash", "zsh", "dash", "ksh", "fish" };
    private static readonly HashSet<string> s_powerShells = new(StringComparer.Ordinal) { "powershell", "pwsh" };
    private static readonly HashSet<string> s_separators = new(StringComparer.Ordinal) { "&&", "||", ";", "|", "&" };

    /// <summary>The server's invocations (a check reads them once per server: <see cref="Rules.RuleContext.Invocations"/>).</summary>
    public static IReadOnlyList<CommandInvocation> Read(McpServer server)
    {
        var tokens = new List<CommandToken>();
        if (server.Command is { } command)
        {
            // "command": "npx -y pkg" is common; a path with spaces and no args stays one word.
            if (server.Args.Count == 0 && command.Value.IndexOf(' ') > 0 && !LooksLikePath(command.Value))
            {
                tokens.AddRange(Split(command.Value, command));
            }
            else
            {
                tokens.Add(new CommandToken(command.Value, command));
            }
        }

        foreach (var argument in server.Args)
        {
            tokens.Add(new CommandToken(argument.Value, argument));
        }

        var invocations = new List<CommandInvocation>();
        Unwrap(tokens, invocations, depth: 0);
        return invocations;
    }

    private static void Unwrap(List<CommandToken> tokens, List<CommandInvocation> invocations, int depth)
    {
        if (tokens.Count == 0)
        {
            return;
        }

        var program = CommandInvocation.NormalizeProgram(tokens[0].Text);
        if (depth < 4 && TryGetWrappedCommand(program, tokens, out var inner))
        {
            foreach (var segment in SplitOnSeparators(inner))
            {
                Unwrap(segment, invocations, depth + 1);
            }

            return;
        }

        invocations.Add(new CommandInvocation(tokens));
    }

    private static bool TryGetWrappedCommand(string program, List<CommandToken> tokens, out List<CommandToken> inner)
    {
        inner = new List<CommandToken>();
        if (program == "wsl")
        {
            return TryGetWslCommand(tokens, inner);
        }

        for (var i = 1; i < tokens.Count; i++)
        {
            var word = tokens[i].Text;
            var lower = word.ToLowerInvariant();
            var isCmdSwitch = (program == "cmd") && (lower == "/c" || lower == "/k");
            var isPosixScript = s_posixShells.Contains(program) && word.StartsWith("-", StringComparison.Ordinal) && !word.StartsWith("--", StringComparison.Ordinal) && word.IndexOf('c') > 0;
            var isPowerShellScript = s_powerShells.Contains(program) && (lower == "-command" || lower == "-c");
            if (isCmdSwitch)
            {
                inner.AddRange(ExpandRemaining(tokens, i + 1));
                return true;
            }

            if ((isPosixScript || isPowerShellScript) && i + 1 < tokens.Count)
            {
                // The script is one argument; what follows it are $0, $1… for the script, not commands.
                inner.AddRange(Split(tokens[i + 1].Text, tokens[i + 1].Source));
                return true;
            }
        }

        return false;
    }

    /// <summary><c>wsl -d Ubuntu -e npx pkg</c>, <c>wsl -- npx pkg</c>, <c>wsl npx pkg</c>: the command after wsl's own options runs in Linux.</summary>
    private static bool TryGetWslCommand(List<CommandToken> tokens, List<CommandToken> inner)
    {
        Shell.ShellCommands.PrefixValueOptions.TryGetValue("wsl", out var valueOptions);
        for (var i = 1; i < tokens.Count; i++)
        {
            var word = tokens[i].Text;
            var start = word is "-e" or "--exec" or "--" ? i + 1 : word.StartsWith("-", StringComparison.Ordinal) ? -1 : i;
            if (start > 0)
            {
                // -e runs the words as they are; otherwise one string is a command line for the Linux shell.
                inner.AddRange(word is not ("-e" or "--exec") && start == tokens.Count - 1 ? ExpandRemaining(tokens, start) : tokens.Skip(start));
                return inner.Count > 0;
            }

            if (valueOptions is not null && valueOptions.Contains(word))
            {
                i++;
            }
        }

        return false;
    }

    /// <summary><c>cmd /c "npx -y pkg"</c> passes one string that cmd splits again.</summary>
    private static IEnumerable<CommandToken> ExpandRemaining(List<CommandToken> tokens, int start)
    {
        for (var i = start; i < tokens.Count; i++)
        {
            if (tokens[i].Text.IndexOf(' ') > 0)
            {
                foreach (var token in Split(tokens[i].Text, tokens[i].Source))
                {
                    yield return token;
                }
            }
            else
            {
                yield return tokens[i];
            }
        }
    }

    private static IEnumerable<List<CommandToken>> SplitOnSeparators(List<CommandToken> tokens)
    {
        var current = new List<CommandToken>();
        foreach (var token in tokens)
        {
            if (s_separators.Contains(token.Text))
            {
                if (current.Count > 0)
                {
                    yield return current;
                }

                current = new List<CommandToken>();
            }
            else
            {
                current.Add(token);
            }
        }

        if (current.Count > 0)
        {
            yield return current;
        }
    }

    private static IEnumerable<CommandToken> Split(string text, JsonStringNode source)
    {
        foreach (var word in text.Split(new[] { ' ', '\t', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var trimmed = word.Trim('"', '\'');
            if (trimmed.EndsWith(";", StringComparison.Ordinal) && trimmed.Length > 1)
            {
                yield return new CommandToken(trimmed.Substring(0, trimmed.Length - 1), source);
                yield return new CommandToken(";", source);
            }
            else if (trimmed.Length > 0)
            {
                yield return new CommandToken(trimmed, source);
            }
        }
    }

    /// <summary>An absolute path may contain spaces (<c>C:\Program Files\…</c>); it is one word.</summary>
    private static bool LooksLikePath(string value) =>
        value.StartsWith("/", StringComparison.Ordinal) || value.StartsWith("\\", StringComparison.Ordinal)
        || (value.Length > 2 && char.IsLetter(value[0]) && value[1] == ':' && (value[2] == '\\' || value[2] == '/'));
}
