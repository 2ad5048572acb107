using System;
using System.Collections.Generic;
using System.IO;
using McpGuard.Compose;
using McpGuard.Launch.Shell;
using McpGuard.Model;
using McpGuard.Syntax;
using McpGuard.Rules;

namespace McpGuard.Launch;

/// <summary>One service a <c>docker compose run</c>/<c>up</c> command starts, as its Compose file defines it.</summary>
internal sealed class ComposeService
{
    public ComposeService(string name, JsonStringNode word, ComposeFile file, JsonObjectNode body, bool publishesPorts)
    {
        Name = name;
        Word = word;
        File = file;
        Body = body;
        PublishesPorts = publishesPorts;
    }

    public string Name { get; }

    /// <summary>The launch command's string that names the service (or the <c>up</c> that starts them all): where findings go.</summary>
    public JsonStringNode Word { get; }

    public ComposeFile File { get; }

    public JsonObjectNode Body { get; }

    /// <summary><c>up</c>, or <c>run --service-ports</c>: the service's <c>ports</c> are published (plain <c>run</c> publishes none).</summary>
    public bool PublishesPorts { get; }

    /// <summary>"(service 'x', compose.yaml line 12)" for an entry of this service.</summary>
    public string Describe(JsonNode entry) => $"(service '{Name}', {File.Describe(entry)})";
}

/// <summary>
/// <c>docker compose [-f file] run SERVICE</c>, <c>docker compose up [SERVICE…]</c>, <c>docker-compose …</c>: the services
/// started, read from the repository's Compose file through <see cref="RuleContext.ComposeFiles"/>. Files are looked for in
/// the command's working directory: the server's <c>cwd</c> when it is a plain path, else the folder of the configuration
/// file (its parent for a client folder such as <c>.vscode/</c>, <c>.cursor/</c>, <c>.claude/</c>). Nothing is guessed: an
/// unknown lookup (the IDE), a path with a variable, a missing or unreadable file yields no services.
/// </summary>
internal static class ComposeCommand
{
    private static readonly string[] s_defaultFiles = { "compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml" };

    private static readonly HashSet<string> s_composePrograms = new(StringComparer.Ordinal) { "docker-compose", "podman-compose" };

    private static readonly HashSet<string> s_globalValueOptions = new(StringComparer.Ordinal)
    {
        "-f", "--file", "-p", "--project-name", "--project-directory", "--env-file", "--profile", "--ansi", "--progress", "--parallel",
    };

    private static readonly HashSet<string> s_subcommandValueOptions = new(StringComparer.Ordinal)
    {
        "-e", "--env", "--env-from-file", "--name", "-p", "--publish", "-v", "--volume", "-u", "--user", "-w", "--workdir", "--entrypoint",
        "-l", "--label", "--cap-add", "--cap-drop", "--pull", "--scale", "-t", "--timeout", "--exit-code-from", "--attach", "--no-attach",
        "--wait-timeout",
    };

    public static IReadOnlyList<ComposeService> Services(RuleContext context, McpServer server, SimpleCommand command)
    {
        var services = new List<ComposeService>();
        var lookup = context.ComposeFiles;
        if (!lookup.IsKnown || Start(command) is not { } start)
        {
            return services;
        }

        var files = new List<string>();
        string? projectDirectory = null;
        var index = start;
        for (; index < command.Words.Count && IsOption(command.Words[index].Text); index++)
        {
            var (option, value, used) = Option(command, index, s_globalValueOptions);
            index += used;
            if (value is null)
            {
                continue;
            }

            if (option is "-f" or "--file")
            {
                files.Add(value);
            }
            else if (option == "--project-directory")
            {
                projectDirectory = value;
            }
        }

        if (index >= command.Words.Count || command.Words[index].Text is not ("run" or "up") || command.Words[index].Source is not { } subcommandNode)
        {
            return services;
        }

        var up = command.Words[index].Text == "up";
        var servicePorts = false;
        var named = new List<ShellWord>();
        for (index++; index < command.Words.Count; index++)
        {
            var text = command.Words[index].Text;
            if (IsOption(text))
            {
                servicePorts |= text is "--service-ports" or "-P";
                index += Option(command, index, s_subcommandValueOptions).Used;
                continue;
            }

            named.Add(command.Words[index]);
            if (!up)
            {
                // run SERVICE [COMMAND ARGS…]: the rest is the service's command.
                break;
            }
        }

        if (WorkingDirectory(context, server) is not { } workingDirectory
            || (projectDirectory is null ? workingDirectory : Resolve(workingDirectory, projectDirectory)) is not { } baseDirectory)
        {
            return services;
        }

        var composeFiles = new List<ComposeFile>();
        if (files.Count == 0)
        {
            foreach (var name in s_defaultFiles)
            {
                if (lookup.TryLoad(Path.Combine(baseDirectory, name), out var file))
                {
                    // Compose takes the first file that exists, readable or not.
                    if (file is not null)
                    {
                        composeFiles.Add(file);
                    }

                    break;
                }
            }
        }
        else
        {
            foreach (var name in files)
            {
                if (Resolve(workingDirectory, name) is not { } path)
                {
                    return services;
                }

                if (lookup.TryLoad(path, out var file) && file is not null)
                {
                    composeFiles.Add(file);
                }
            }
        }

        foreach (var file in composeFiles)
        {
            if (named.Count == 0 && up)
            {
                foreach (var (name, body) in file.Services)
                {
                    services.Add(new ComposeService(name, subcommandNode, file, body, publishesPorts: true));
                }

                continue;
            }

            foreach (var word in named)
            {
                if (word.Source is { } node && file.GetService(word.Text) is { } body)
                {
                    services.Add(new ComposeService(word.Text, node, file, body, up || servicePorts));
                }
            }
        }

        return services;
    }

    /// <summary>The index after <c>docker compose</c> / <c>docker-compose</c>, or <c>null</c> when the command is not Compose.</summary>
    private static int? Start(SimpleCommand command)
    {
        if (s_composePrograms.Contains(command.RunProgram))
        {
            return command.RunIndex + 1;
        }

        return LaunchRisks.ContainerPrograms.Contains(command.RunProgram)
            && command.RunIndex + 1 < command.Words.Count
            && command.Words[command.RunIndex + 1].Text == "compose"
            ? command.RunIndex + 2
            : null;
    }

    private static bool IsOption(string text) => text.Length > 1 && text[0] == '-';

    /// <summary>The option at <paramref name="index"/>, its value, and how many more words it used.</summary>
    private static (string Option, string? Value, int Used) Option(SimpleCommand command, int index, HashSet<string> valueOptions)
    {
        var text = command.Words[index].Text;
        var equals = text.IndexOf('=');
        if (equals > 0 && text.StartsWith("--", StringComparison.Ordinal))
        {
            return (text.Substring(0, equals), text.Substring(equals + 1), 0);
        }

        return valueOptions.Contains(text) && index + 1 < command.Words.Count ? (text, command.Words[index + 1].Text, 1) : (text, null, 0);
    }

    /// <summary>The server's <c>cwd</c> when it is a plain path, else the configuration's folder (a client folder's parent).</summary>
    private static string? WorkingDirectory(RuleContext context, McpServer server)
    {
        string folder;
        try
        {
            folder = Path.GetDirectoryName(Path.GetFullPath(context.Document.Path)) ?? string.Empty;
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }

        if (folder.Length == 0)
        {
            return null;
        }

        if (Path.GetFileName(folder).StartsWith(".", StringComparison.Ordinal) && Path.GetDirectoryName(folder) is { } parent)
        {
            folder = parent;
        }

        return server.Body.GetString("cwd") is { } cwd ? Resolve(folder, cwd.Value) : folder;
    }

    /// <summary><paramref name="path"/> against <paramref name="directory"/>; <c>null</c> for a variable, a home path or an unusable path.</summary>
    private static string? Resolve(string directory, string path)
    {
        if (path.Length == 0 || path.IndexOfAny(new[] { '$', '%', '~', '{' }) >= 0)
        {
            return null;
        }

        try
        {
            return Path.GetFullPath(Path.Combine(directory, path));
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }
}
