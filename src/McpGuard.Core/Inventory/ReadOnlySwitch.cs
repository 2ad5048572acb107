using System;
using System.Collections.Generic;
using McpGuard.Model;

namespace McpGuard.Inventory;

/// <summary>How a well-known server is switched to read-only: an argument, an environment variable, a URL, a header or a read-only mount.</summary>
public sealed class ReadOnlySwitch
{
    internal ReadOnlySwitch(string[] args, string[] env, string[] url, string[] headers, string[] mountSuffixes, bool containerOnly, string description)
    {
        Args = args;
        Env = env;
        Url = url;
        Headers = headers;
        MountSuffixes = mountSuffixes;
        ContainerOnly = containerOnly;
        Description = description;
    }

    /// <summary>How to turn it on, for messages: "--read-only or GITHUB_READ_ONLY=1".</summary>
    public string Description { get; }

    /// <summary>The switch exists only when the server runs in a container (a read-only mount).</summary>
    public bool ContainerOnly { get; }

    private string[] Args { get; }

    private string[] Env { get; }

    private string[] Url { get; }

    private string[] Headers { get; }

    private string[] MountSuffixes { get; }

    /// <summary>Whether the switch can apply to this definition (a mount switch needs docker or podman).</summary>
    public bool Applies(McpServer server)
    {
        if (!ContainerOnly)
        {
            return true;
        }

        var program = server.Command is null ? string.Empty : Launch.CommandInvocation.NormalizeProgram(server.Command.Value);
        return program is "docker" or "podman";
    }

    public bool IsOn(McpServer server)
    {
        var joined = new List<string>();
        foreach (var argument in server.Args)
        {
            joined.Add(argument.Value.Trim());
            foreach (var suffix in MountSuffixes)
            {
                if (argument.Value.TrimEnd().EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        var arguments = " " + string.Join(" ", joined) + " ";
        foreach (var flag in Args)
        {
            if (arguments.IndexOf(" " + flag, StringComparison.OrdinalIgnoreCase) >= 0 && arguments.IndexOf(" " + flag + "=false", StringComparison.OrdinalIgnoreCase) < 0)
            {
                return true;
            }
        }

        foreach (var name in Env)
        {
            if (server.Env?.GetString(name) is { } value && !IsOff(value.Value))
            {
                return true;
            }
        }

        foreach (var url in server.Urls)
        {
            foreach (var part in Url)
            {
                if (url.Value.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }
        }

        foreach (var header in server.Headers?.Properties ?? (IReadOnlyList<Syntax.JsonPropertyNode>)Array.Empty<Syntax.JsonPropertyNode>())
        {
            if (Array.Exists(Headers, h => string.Equals(h, header.Name, StringComparison.OrdinalIgnoreCase))
                && !(header.Value is Syntax.JsonStringNode text && IsOff(text.Value)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOff(string value)
    {
        var trimmed = value.Trim();
        return trimmed.Length == 0 || trimmed == "0" || string.Equals(trimmed, "false", StringComparison.OrdinalIgnoreCase) || string.Equals(trimmed, "no", StringComparison.OrdinalIgnoreCase);
    }
}
