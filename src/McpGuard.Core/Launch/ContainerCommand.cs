using System;
using System.Collections.Generic;
using McpGuard.Launch.Shell;

namespace McpGuard.Launch;

/// <summary><c>docker run</c>, <c>podman run</c> …: their options up to the image, and the host side of mounts.</summary>
internal static class ContainerCommand
{
    /// <summary>Options of <c>docker run</c> that take a value as the next word (the first other word is the image).</summary>
    private static readonly HashSet<string> s_valueOptions = new(StringComparer.Ordinal)
    {
        "-v", "--volume", "--mount", "-e", "--env", "--env-file", "-p", "--publish", "--name", "--network", "--net", "-u", "--user",
        "-w", "--workdir", "--entrypoint", "-l", "--label", "--cap-add", "--cap-drop", "--pid", "--ipc", "--uts", "--userns",
        "--cgroupns", "--add-host", "--device", "--security-opt", "--platform", "--restart", "-m", "--memory", "--cpus", "-h",
        "--hostname", "--dns", "--tmpfs", "--log-driver", "--log-opt", "--ulimit", "--group-add", "--runtime", "--pull",
        "--stop-signal", "--shm-size", "--gpus", "--label-file", "--cidfile", "--volumes-from", "--link", "--expose",
        "--network-alias", "--ip", "--mac-address", "--cpu-shares", "-c", "--memory-swap", "--health-cmd", "--sysctl",
    };

    public static bool IsContainerRun(SimpleCommand command) =>
        LaunchRisks.ContainerPrograms.Contains(command.RunProgram)
        && command.RunIndex + 1 < command.Words.Count
        && (command.Words[command.RunIndex + 1].Text is "run" or "create"
            || (command.Words[command.RunIndex + 1].Text == "container" && command.RunIndex + 2 < command.Words.Count && command.Words[command.RunIndex + 2].Text is "run" or "create"));

    /// <summary>Each option before the image: its name, its value (or <c>null</c>) and the word that holds the value.</summary>
    public static IEnumerable<(string Option, string? Value, ShellWord Word)> Options(SimpleCommand command)
    {
        var start = command.RunIndex + (command.Words[command.RunIndex + 1].Text == "container" ? 3 : 2);
        for (var i = start; i < command.Words.Count; i++)
        {
            var text = command.Words[i].Text;
            if (!text.StartsWith("-", StringComparison.Ordinal))
            {
                yield break;
            }

            var equals = text.IndexOf('=');
            if (equals > 0)
            {
                yield return (text.Substring(0, equals), text.Substring(equals + 1), command.Words[i]);
            }
            else if (s_valueOptions.Contains(text) && i + 1 < command.Words.Count)
            {
                yield return (text, command.Words[i + 1].Text, command.Words[i + 1]);
                i++;
            }
            else
            {
                yield return (text, null, command.Words[i]);
            }
        }
    }

    /// <summary>The host path of <c>-v host:container[:ro]</c> or <c>--mount type=bind,source=host,…</c>; <c>null</c> for named volumes.</summary>
    public static string? HostPath(string option, string value)
    {
        if (value.StartsWith("--volume=", StringComparison.Ordinal) || value.StartsWith("--mount=", StringComparison.Ordinal))
        {
            option = value.Substring(0, value.IndexOf('='));
            value = value.Substring(value.IndexOf('=') + 1);
        }

        if (option == "--mount")
        {
            foreach (var part in value.Split(','))
            {
                var equals = part.IndexOf('=');
                if (equals > 0 && part.Substring(0, equals).Trim() is "source" or "src")
                {
                    return part.Substring(equals + 1);
                }
            }

            return null;
        }

        // C:\data:/data: the drive letter's colon is not the separator.
        var from = value.Length > 2 && char.IsLetter(value[0]) && value[1] == ':' ? 2 : 0;
        var colon = value.IndexOf(':', from);
        if (colon < 0)
        {
            return null;
        }

        var host = value.Substring(0, colon);
        return host.Length > 0 && (host[0] is '/' or '.' or '~' or '$' or '%' or '\\' || from == 2) ? host : null;
    }
}
