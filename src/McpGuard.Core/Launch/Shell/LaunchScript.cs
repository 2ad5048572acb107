using System;
using System.Collections.Generic;
using McpGuard.Model;
using McpGuard.Syntax;

namespace McpGuard.Launch.Shell;

/// <summary>
/// A launch command read the way a shell would: the program and its arguments, the inline scripts it passes to shells
/// and interpreters, the simple commands in those scripts, and how they are connected (pipes, substitutions, chains).
/// </summary>
public sealed class LaunchScript
{
    private const int MaxDepth = 4;

    private readonly List<SimpleCommand> _commands = new();
    private readonly List<CommandConnection> _connections = new();
    private readonly List<InlineScript> _scripts = new();

    private LaunchScript()
    {
    }

    /// <summary>Every simple command: the launch command first, then those of its scripts, in reading order.</summary>
    public IReadOnlyList<SimpleCommand> Commands => _commands;

    public IReadOnlyList<CommandConnection> Connections => _connections;

    public IReadOnlyList<InlineScript> InlineScripts => _scripts;

    /// <summary>The command the client starts (<c>null</c> when the server has no command).</summary>
    public SimpleCommand? Launch => _commands.Count > 0 && _commands[0].Depth == 0 ? _commands[0] : null;

    /// <summary>A server's <c>command</c> and <c>args</c> (a <c>command</c> with spaces and no <c>args</c> is read as a command line; a check reads it once per server: <see cref="Rules.RuleContext.Script"/>).</summary>
    public static LaunchScript Read(McpServer server) =>
        server is null ? new LaunchScript() : Read(server.Command, server.Args);

    public static LaunchScript Read(JsonStringNode? command, IReadOnlyList<JsonStringNode> args)
    {
        var script = new LaunchScript();
        if (command is null)
        {
            return script;
        }

        if ((args is null || args.Count == 0) && command.Value.IndexOf(' ') > 0 && !LooksLikePath(command.Value))
        {
            script.ReadLine(ScriptText.From(ShellWord.Whole(command)));
            return script;
        }

        var words = new List<ShellWord> { ShellWord.Whole(command) };
        if (args is not null)
        {
            foreach (var argument in args)
            {
                words.Add(ShellWord.Whole(argument));
            }
        }

        script._commands.Add(new SimpleCommand(words, Array.Empty<ShellWord>(), Array.Empty<ShellRedirection>(), ShellDialect.Posix, depth: 0));
        script.Expand(0);
        return script;
    }

    /// <summary>A command line that a shell runs (a Claude Code hook, <c>apiKeyHelper</c>), e.g. <c>curl … | sh</c>.</summary>
    public static LaunchScript ReadCommandLine(JsonStringNode commandLine)
    {
        var script = new LaunchScript();
        if (commandLine is not null)
        {
            script.ReadLine(ScriptText.From(ShellWord.Whole(commandLine)));
        }

        return script;
    }

    /// <summary>A command line that is not in a file (positions are unknown).</summary>
    public static LaunchScript ReadCommandLine(string commandLine)
    {
        var script = new LaunchScript();
        if (!string.IsNullOrEmpty(commandLine))
        {
            script.ReadLine(ScriptText.From(new ShellWord(commandLine, null, -1, 0)));
        }

        return script;
    }

    private void ReadLine(ScriptText text)
    {
        ShellParser.Parse(text, ShellDialect.Posix, depth: 0, _commands, _connections);
        Expand(0);
    }

    /// <summary>Looks for inline scripts in the commands from <paramref name="first"/> on, and reads them (breadth first).</summary>
    private void Expand(int first)
    {
        for (var index = first; index < _commands.Count; index++)
        {
            var command = _commands[index];
            if (command.Depth >= MaxDepth || InlineScriptFinder.Find(command) is not { } found)
            {
                continue;
            }

            var before = _commands.Count;
            var connectionsBefore = _connections.Count;
            if (found.Dialect is { } dialect)
            {
                var text = new ScriptText();
                foreach (var word in found.ScriptWords)
                {
                    text.Append(word);
                }

                ShellParser.Parse(text, dialect, command.Depth + 1, _commands, _connections);
            }

            var commands = _commands.GetRange(before, _commands.Count - before);
            var script = new InlineScript(command, found.Option, found.ScriptWords[0], found.Language, found.Dialect, commands)
            {
                IsSingleCommand = found.Dialect is not null && commands.Count == 1 && _connections.Count == connectionsBefore && commands[0].Redirections.Count == 0,
            };
            _scripts.Add(script);
        }
    }

    /// <summary>An absolute path may contain spaces (<c>C:\Program Files\…</c>); it is one word.</summary>
    private static bool LooksLikePath(string value) =>
        value.StartsWith("/", StringComparison.Ordinal) || value.StartsWith("\\", StringComparison.Ordinal)
        || (value.Length > 2 && char.IsLetter(value[0]) && value[1] == ':' && (value[2] == '\\' || value[2] == '/'));
}
