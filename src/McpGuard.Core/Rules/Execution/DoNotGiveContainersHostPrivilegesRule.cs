using McpGuard.Launch.Shell;
using System;
using System.Collections.Generic;
using McpGuard.Rules.FileSystem;
using McpGuard.Syntax;

namespace McpGuard.Rules.Execution;

/// <summary>
/// MCPG308: <c>docker</c>/<c>podman run</c> with <c>--privileged</c>, a host namespace (<c>--network host</c>, <c>--pid host</c> …),
/// <c>--cap-add</c>, <c>--user root</c>, an unconfined security profile, or a mount of <c>/</c>, the home folder or the Docker socket.
/// </summary>
public sealed class DoNotGiveContainersHostPrivilegesRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.ContainerHostPrivileges,
        title: "Do not give containers host privileges",
        messageFormat: "Server '{0}' runs a container with host privileges ('{1}') at '{2}'; drop it so the container stays isolated from the machine it runs on",
        RuleCategories.Execution,
        RuleSeverity.Warning,
        description: "A container is a boundary only while it runs without host namespaces, extra capabilities, root and host mounts; with them, a compromised server owns the machine.");

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(RuleContext context)
    {
        foreach (var server in context.Document.Servers)
        {
            var reported = new HashSet<JsonStringNode>();
            foreach (var command in LaunchScript.Read(server).Commands)
            {
                if (!ContainerCommand.IsContainerRun(command))
                {
                    continue;
                }

                foreach (var (option, value, word) in ContainerCommand.Options(command))
                {
                    if (word.Source is { } node && Describe(option, value) is { } what && reported.Add(node))
                    {
                        context.Report(Rule, node, server.Name, what, node.GetPath());
                    }
                }
            }
        }
    }

    private static string? Describe(string option, string? value)
    {
        switch (option)
        {
            case "--privileged":
                return value is null || value.Equals("true", StringComparison.OrdinalIgnoreCase) ? option : null;
            case "--cap-add" when value is not null:
                return option + " " + value;
            case "-u" or "--user" when value is not null && LaunchRisks.ContainerRootUsers.Contains(value.Trim().ToLowerInvariant()):
                return option + " " + value;
            case "--security-opt" when value is not null && (value.IndexOf("unconfined", StringComparison.OrdinalIgnoreCase) >= 0 || value.IndexOf("disable", StringComparison.OrdinalIgnoreCase) >= 0):
                return option + " " + value;
            case "-v" or "--volume" or "--mount" when value is not null:
                return DescribeMount(option, value);
        }

        return LaunchRisks.ContainerHostNamespaces.Contains(option) && string.Equals(value, "host", StringComparison.OrdinalIgnoreCase) ? option + " host" : null;
    }

    private static string? DescribeMount(string option, string value)
    {
        if (ContainerCommand.HostPath(option, value) is not { } host)
        {
            return null;
        }

        var lower = host.ToLowerInvariant().Replace('\\', '/');
        if (LaunchRisks.ContainerSocketPaths.Contains(host) || lower.EndsWith("/docker.sock", StringComparison.Ordinal) || lower.EndsWith("/podman.sock", StringComparison.Ordinal) || lower.EndsWith("/pipe/docker_engine", StringComparison.Ordinal))
        {
            return "mounts the Docker socket " + host;
        }

        return PathScope.Classify(host) switch
        {
            PathKind.FileSystemRoot => "mounts the host's " + host,
            PathKind.HomeFolder => "mounts the home folder " + host,
            _ => null,
        };
    }
}
