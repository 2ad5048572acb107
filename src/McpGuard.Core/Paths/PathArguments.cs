using System;
using System.Collections.Generic;
using McpGuard.Launch.Shell;
using McpGuard.Model;
using McpGuard.Syntax;
using McpGuard.Launch;
using McpGuard.Rules;

namespace McpGuard.Paths;

/// <summary>A value that names a folder or file a server (or the client) is given access to.</summary>
internal readonly struct PathArgument
{
    public PathArgument(string text, JsonStringNode node, bool fromProjectRoot, string where = "")
    {
        Text = text;
        Node = node;
        FromProjectRoot = fromProjectRoot;
        Where = where;
    }

    public string Text { get; }

    public JsonStringNode Node { get; }

    /// <summary>Resolved against the project root (Claude's <c>additionalDirectories</c>), not the configuration's folder.</summary>
    public bool FromProjectRoot { get; }

    /// <summary>For a mount of a Compose service: " (service 'x', compose.yaml line 9)", the entry the finding at <see cref="Node"/> is about; else empty.</summary>
    public string Where { get; }
}

/// <summary>
/// The path values of a document: arguments and option values of the launch commands (the program and an
/// interpreter's script are MCPG305's), docker <c>-v</c>/<c>--mount</c> host paths, the absolute host paths mounted into a
/// service that <c>docker compose run</c>/<c>up</c> starts (at the word naming the service), <c>cwd</c>, folder-valued
/// <c>env</c> entries, and Claude Code's <c>permissions.additionalDirectories</c>.
/// </summary>
internal static class PathArguments
{
    /// <summary>Commands whose arguments are not paths the server is given (<c>rm</c> is MCPG303's).</summary>
    private static readonly HashSet<string> s_notServers = new(StringComparer.Ordinal)
    {
        "cd", "echo", "printf", "export", "set", "test", "[", "mkdir", "touch", "rm", "cp", "mv", "ln", "chmod", "chown", "cat", "tee", "source", ".", "git", "curl", "wget",
    };

    /// <summary>Options whose value is a URL path or a route, not a file path.</summary>
    private static readonly string[] s_notPathOptions = { "url", "endpoint", "route", "prefix", "base-path", "http", "sse", "mount-path", "path-prefix", "host", "port" };

    private static readonly string[] s_workingDirectoryKeys = { "cwd", "workingDirectory", "working_directory" };

    public static List<PathArgument> Find(RuleContext context)
    {
        var paths = new List<PathArgument>();
        foreach (var server in context.Document.Servers)
        {
            foreach (var command in context.Script(server).Commands)
            {
                AddCommand(command, paths);
                AddComposeMounts(context, server, command, paths);
            }

            foreach (var key in s_workingDirectoryKeys)
            {
                if (server.Body.GetString(key) is { } cwd)
                {
                    paths.Add(new PathArgument(cwd.Value, cwd, fromProjectRoot: false));
                }
            }

            AddEnvironment(server, paths);
        }

        if (context.Document.Root.GetObject("permissions")?.GetArray("additionalDirectories") is { } directories)
        {
            foreach (var item in directories.Items)
            {
                if (item is JsonStringNode text)
                {
                    paths.Add(new PathArgument(text.Value, text, fromProjectRoot: true));
                }
            }
        }

        return paths;
    }

    /// <summary>The index of the script an interpreter runs (<c>node ./dist/index.js</c> → 1), or -1.</summary>
    public static int ScriptIndex(SimpleCommand command)
    {
        if (!DownloadAndRun.IsExecutor(command) || command.RunProgram is "iex" or "invoke-expression")
        {
            return -1;
        }

        for (var i = command.RunIndex + 1; i < command.Words.Count; i++)
        {
            var text = command.Words[i].Text;
            if (text is "-m" or "-c" or "-e" or "-E" or "-r" or "-p" or "--eval" or "--print" or "/c" or "/k" || text.StartsWith("-com", StringComparison.OrdinalIgnoreCase) || text.StartsWith("-enc", StringComparison.OrdinalIgnoreCase))
            {
                return -1;
            }

            if (text.StartsWith("-", StringComparison.Ordinal) || (text == "run" && command.RunProgram is "deno" or "bun"))
            {
                continue;
            }

            return i;
        }

        return -1;
    }

    private static void AddCommand(SimpleCommand command, List<PathArgument> paths)
    {
        if (command.RunIndex >= command.Words.Count || s_notServers.Contains(command.RunProgram))
        {
            return;
        }

        var container = ContainerCommand.IsContainerRun(command);
        var script = ScriptIndex(command);
        var skipNext = false;
        for (var i = command.RunIndex + 1; i < command.Words.Count; i++)
        {
            var word = command.Words[i];
            if (word.Source is null || i == script)
            {
                continue;
            }

            var text = word.Text;
            var previous = command.Words[i - 1].Text;
            if (container && (previous is "-v" or "--volume" or "--mount" || text.StartsWith("--volume=", StringComparison.Ordinal) || text.StartsWith("--mount=", StringComparison.Ordinal)))
            {
                if (ContainerCommand.HostPath(previous, text) is { } host)
                {
                    paths.Add(new PathArgument(host, word.Source, fromProjectRoot: false));
                }

                continue;
            }

            if (text.StartsWith("-", StringComparison.Ordinal))
            {
                var equals = text.IndexOf('=');
                var option = equals > 0 ? text.Substring(0, equals) : text;
                var excluded = IsNonPathOption(option);
                if (equals > 0 && !excluded)
                {
                    paths.Add(new PathArgument(text.Substring(equals + 1), word.Source, fromProjectRoot: false));
                }

                skipNext = equals < 0 && excluded;
                continue;
            }

            if (!skipNext)
            {
                paths.Add(new PathArgument(text, word.Source, fromProjectRoot: false));
            }

            skipNext = false;
        }
    }

    /// <summary>
    /// The host side of each <c>volumes</c> entry (short or long syntax) of the Compose services the command starts. Relative
    /// paths are left out: Compose resolves them against the Compose file's folder, which is the project.
    /// </summary>
    private static void AddComposeMounts(RuleContext context, McpServer server, SimpleCommand command, List<PathArgument> paths)
    {
        foreach (var service in ComposeCommand.Services(context, server, command))
        {
            if (service.Body.GetArray("volumes") is not { } volumes)
            {
                continue;
            }

            foreach (var volume in volumes.Items)
            {
                var host = volume switch
                {
                    JsonStringNode text => ContainerCommand.HostPath("-v", text.Value),
                    JsonObjectNode mount when (mount.GetString("type")?.Value ?? "bind") == "bind" => mount.GetString("source")?.Value,
                    _ => null,
                };
                if (host is not null && host.Trim().Length > 0 && !host.Trim().StartsWith(".", StringComparison.Ordinal))
                {
                    paths.Add(new PathArgument(host, service.Word, fromProjectRoot: false, " " + service.Describe(volume)));
                }
            }
        }
    }

    private static void AddEnvironment(McpServer server, List<PathArgument> paths)
    {
        if (server.Env is null)
        {
            return;
        }

        foreach (var property in server.Env.Properties)
        {
            var name = property.Name.ToUpperInvariant();
            var folderLike = name.IndexOf("DIR", StringComparison.Ordinal) >= 0 || name.IndexOf("ROOT", StringComparison.Ordinal) >= 0
                || name.IndexOf("FOLDER", StringComparison.Ordinal) >= 0 || name.IndexOf("WORKSPACE", StringComparison.Ordinal) >= 0
                || name.EndsWith("_PATH", StringComparison.Ordinal) || name.EndsWith("_PATHS", StringComparison.Ordinal);
            if (!folderLike || property.Value is not JsonStringNode value || name is "NODE_PATH" or "LD_LIBRARY_PATH" or "DYLD_LIBRARY_PATH")
            {
                continue;
            }

            foreach (var part in value.Value.Split(',', ';'))
            {
                paths.Add(new PathArgument(part, value, fromProjectRoot: false));
            }
        }
    }

    private static bool IsNonPathOption(string option)
    {
        var lower = option.ToLowerInvariant();
        foreach (var part in s_notPathOptions)
        {
            if (lower.IndexOf(part, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
