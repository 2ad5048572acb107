using System;
using System.Collections.Generic;

namespace McpGuard.Launch.Shell;

/// <summary>One place where a launch command runs code it downloads.</summary>
public sealed class DownloadAndRunMatch
{
    public DownloadAndRunMatch(string description, ShellWord word)
    {
        Description = description;
        Word = word;
    }

    /// <summary>What happens, in the words of the script: <c>curl piped into sh</c>, <c>bash &lt;(curl …)</c>, <c>python given a URL</c>.</summary>
    public string Description { get; }

    /// <summary>Where: the downloading command's first word (or the URL an interpreter is given).</summary>
    public ShellWord Word { get; }
}

/// <summary>
/// Finds code that is downloaded and run in the same breath: <c>curl … | sh</c>, <c>bash &lt;(curl …)</c>,
/// <c>sh -c "$(curl …)"</c>, <c>iwr … | iex</c>, <c>iex (iwr …)</c>, <c>curl -o f … &amp;&amp; sh f</c>, and an interpreter given
/// a remote script URL. Used by MCPG302, and by anything else that judges a command line (Claude Code hooks, MCPG607).
/// </summary>
public static class DownloadAndRun
{
    /// <summary>Whether a command line (as a shell would run it) downloads code and pipes or hands it to a shell or interpreter.</summary>
    public static bool DownloadsOrPipesToShell(string commandLine) =>
        !string.IsNullOrWhiteSpace(commandLine) && Find(LaunchScript.ReadCommandLine(commandLine)).Count > 0;

    /// <summary>The same for a command and its arguments (a server's <c>command</c>/<c>args</c>).</summary>
    public static bool DownloadsOrPipesToShell(string command, IReadOnlyList<string> args)
    {
        var line = new System.Text.StringBuilder(Quote(command));
        foreach (var argument in args ?? Array.Empty<string>())
        {
            line.Append(' ').Append(Quote(argument));
        }

        return DownloadsOrPipesToShell(line.ToString());
    }

    public static bool DownloadsOrPipesToShell(LaunchScript script) => script is not null && Find(script).Count > 0;

    public static IReadOnlyList<DownloadAndRunMatch> Find(LaunchScript script)
    {
        var matches = new List<DownloadAndRunMatch>();
        if (script is null)
        {
            return matches;
        }

        var pipedFrom = new Dictionary<SimpleCommand, SimpleCommand>();
        foreach (var connection in script.Connections)
        {
            if (connection.Kind == ConnectionKind.Pipe)
            {
                pipedFrom[connection.To] = connection.From;
            }
        }

        var runners = new HashSet<SimpleCommand>();
        foreach (var connection in script.Connections)
        {
            var to = connection.To;
            switch (connection.Kind)
            {
                case ConnectionKind.Pipe when IsExecutor(to) && UpstreamDownloader(connection.From, pipedFrom) is { } source:
                    matches.Add(new DownloadAndRunMatch($"{source.RunProgram} piped into {to.RunProgram}", source.Words[source.RunIndex]));
                    runners.Add(to);
                    break;
                case ConnectionKind.Substitution or ConnectionKind.ProcessSubstitution when IsDownloader(connection.From) && (IsExecutor(to) || RunsSubstitution(to)):
                    var downloader = connection.From.RunProgram;
                    var form = connection.Kind == ConnectionKind.ProcessSubstitution ? $"<({downloader} …)"
                        : to.Dialect == ShellDialect.PowerShell ? $"({downloader} …)" : $"$({downloader} …)";
                    var description = IsExecutor(to) ? $"{to.RunProgram} {form}" : $"{form} run as a command";
                    matches.Add(new DownloadAndRunMatch(description, connection.From.Words[connection.From.RunIndex]));
                    runners.Add(to);
                    break;
            }
        }

        var outputs = new Dictionary<string, SimpleCommand>(StringComparer.Ordinal);
        foreach (var command in script.Commands)
        {
            if (IsExecutor(command) && RemoteScriptArgument(command) is { } url)
            {
                matches.Add(new DownloadAndRunMatch($"{command.RunProgram} given a URL", url));
            }

            if ((command.RunProgram is "iex" or "invoke-expression") && HasDownloadExpression(command) && !runners.Contains(command))
            {
                matches.Add(new DownloadAndRunMatch("iex of downloaded text", command.Words[command.RunIndex]));
            }

            if (IsDownloader(command) && OutputFile(command) is { } file)
            {
                outputs[file] = command;
            }
            else if (outputs.Count > 0 && RunsFile(command, outputs) is { } downloader)
            {
                matches.Add(new DownloadAndRunMatch($"{downloader.RunProgram} saves a file that {command.RunProgram} runs", downloader.Words[downloader.RunIndex]));
            }
        }

        return matches;
    }

    internal static bool IsDownloader(SimpleCommand command) =>
        command.RunIndex < command.Words.Count && (ShellCommands.Downloaders.Contains(command.RunProgram) || HasDownloadExpression(command));

    internal static bool IsExecutor(SimpleCommand command) => ShellCommands.Executors.Contains(command.RunProgram);

    private static SimpleCommand? UpstreamDownloader(SimpleCommand from, Dictionary<SimpleCommand, SimpleCommand> pipedFrom)
    {
        for (var (current, steps) = (from, 0); steps < 16; steps++)
        {
            if (IsDownloader(current))
            {
                return current;
            }

            if (!pipedFrom.TryGetValue(current, out current!))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary><c>$(curl …)</c> used as the command itself runs the downloaded text.</summary>
    private static bool RunsSubstitution(SimpleCommand command) =>
        command.RunIndex < command.Words.Count && command.Words[command.RunIndex].Text is var word
        && (word.StartsWith("$(", StringComparison.Ordinal) || word.StartsWith("`", StringComparison.Ordinal) || word.StartsWith("(", StringComparison.Ordinal));

    private static bool HasDownloadExpression(SimpleCommand command)
    {
        for (var i = command.RunIndex; i < command.Words.Count; i++)
        {
            var text = command.Words[i].Text;
            foreach (var expression in ShellCommands.DownloadExpressions)
            {
                if (text.IndexOf(expression, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            if (i > command.RunIndex && StartsWithDownloader(text))
            {
                return command.RunProgram is "iex" or "invoke-expression";
            }
        }

        return false;
    }

    /// <summary>PowerShell's <c>iex (iwr https://…)</c>: the subexpression's text starts with a downloader.</summary>
    private static bool StartsWithDownloader(string text)
    {
        var trimmed = text.TrimStart('(', '$', ' ');
        var end = trimmed.IndexOfAny(new[] { ' ', ')', '\t' });
        var first = end < 0 ? trimmed : trimmed.Substring(0, end);
        return ShellCommands.Downloaders.Contains(first.ToLowerInvariant());
    }

    private static ShellWord? RemoteScriptArgument(SimpleCommand command)
    {
        for (var i = command.RunIndex + 1; i < command.Words.Count; i++)
        {
            var text = command.Words[i].Text;
            if (text.StartsWith("-", StringComparison.Ordinal))
            {
                continue;
            }

            return IsRemoteUrl(text) ? command.Words[i] : null;
        }

        return null;
    }

    private static bool IsRemoteUrl(string text) =>
        text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase);

    /// <summary><c>curl -o f</c>, <c>curl --output f</c>, <c>wget -O f</c>: the file a download is saved to.</summary>
    private static string? OutputFile(SimpleCommand command)
    {
        for (var i = command.RunIndex + 1; i < command.Words.Count - 1; i++)
        {
            var text = command.Words[i].Text;
            if (text is "-o" or "--output" or "-O" or "--output-document" or "-OutFile" or "-outfile")
            {
                var file = command.Words[i + 1].Text;
                return file == "-" ? null : Normalize(file);
            }
        }

        return null;
    }

    private static SimpleCommand? RunsFile(SimpleCommand command, Dictionary<string, SimpleCommand> outputs)
    {
        for (var i = command.RunIndex; i < command.Words.Count; i++)
        {
            if (outputs.TryGetValue(Normalize(command.Words[i].Text), out var downloader) && (i == command.RunIndex || IsExecutor(command)))
            {
                return downloader;
            }
        }

        return null;
    }

    private static string Normalize(string path) => path.StartsWith("./", StringComparison.Ordinal) ? path.Substring(2) : path;

    private static string Quote(string? value) =>
        string.IsNullOrEmpty(value) ? "''" : value!.IndexOfAny(new[] { ' ', '\t', '\'', '"', '|', '&', ';', '<', '>', '(', ')', '$', '`', '\\' }) < 0
            ? value : "'" + value.Replace("'", "'\\''") + "'";
}
