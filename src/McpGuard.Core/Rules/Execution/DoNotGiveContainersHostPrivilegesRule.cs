using System;
using System.Collections.Generic;
using McpGuard.Syntax;
using McpGuard.Launch;
using McpGuard.Paths;

namespace McpGuard.Rules.Execution;

/// <summary>
/// MCPG308: <c>docker</c>/<c>podman run</c> with <c>--privileged</c>, a host namespace (<c>--network host</c>, <c>--pid host</c> …),
/// <c>--cap-add</c>, <c>--user root</c>, an unconfined security profile, or a mount of <c>/</c>, the home folder or the Docker socket;
/// and the same settings of a service that <c>docker compose run</c>/<c>up</c> starts (<c>privileged: true</c>, <c>network_mode: host</c> …).
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

    /// <summary>Compose's keys that share a host namespace when set to <c>host</c>.</summary>
    private static readonly string[] s_composeNamespaceKeys = { "network_mode", "pid", "ipc", "uts", "userns_mode", "cgroup" };

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(RuleContext context)
    {
        foreach (var server in context.Document.Servers)
        {
            var reported = new HashSet<JsonStringNode>();
            foreach (var command in context.Script(server).Commands)
            {
                foreach (var service in ComposeCommand.Services(context, server, command))
                {
                    foreach (var (entry, what) in DescribeService(service.Body))
                    {
                        context.Report(Rule, service.Word.Span, server.Name, what + " " + service.Describe(entry), service.Word.GetPath());
                    }
                }

                if (!ContainerCommand.IsContainerRun(command))
                {
                    continue;
                }

                foreach (var (option, value, word) in ContainerCommand.Options(command))
                {
                    if (word.Source is { } node && Describe(option, value) is { } what && reported.Add(node))
                    {
                        context.Report(Rule, node.Span, server.Name, what, node.GetPath());
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

    /// <summary>Compose's spelling of the same settings: each offending entry of the service and what it grants.</summary>
    private static IEnumerable<(JsonNode Entry, string What)> DescribeService(JsonObjectNode body)
    {
        if (body.GetValue("privileged") is JsonScalarNode { RawText: "true" or "True" or "TRUE" } privileged)
        {
            yield return (privileged, "privileged: true");
        }

        foreach (var capability in Items(body.GetValue("cap_add")))
        {
            if (capability is JsonStringNode name)
            {
                yield return (name, "cap_add: " + name.Value);
            }
        }

        foreach (var key in s_composeNamespaceKeys)
        {
            if (body.GetString(key) is { } mode && string.Equals(mode.Value.Trim(), "host", StringComparison.OrdinalIgnoreCase))
            {
                yield return (mode, key + ": host");
            }
        }

        if (body.GetValue("user") is { } user && Text(user) is { } userText && LaunchRisks.ContainerRootUsers.Contains(userText.Trim().ToLowerInvariant()))
        {
            yield return (user, "user: " + userText);
        }

        foreach (var option in Items(body.GetValue("security_opt")))
        {
            if (option is JsonStringNode text && Describe("--security-opt", text.Value) is not null)
            {
                yield return (option, "security_opt: " + text.Value);
            }
        }

        foreach (var volume in Items(body.GetValue("volumes")))
        {
            var what = volume switch
            {
                JsonStringNode text => DescribeMount("-v", text.Value),
                JsonObjectNode mount when mount.GetString("source") is { } source && (mount.GetString("type")?.Value ?? "bind") == "bind" => DescribeMount("--mount", "source=" + source.Value),
                _ => null,
            };
            if (what is not null)
            {
                yield return (volume, "volumes: " + what);
            }
        }
    }

    private static IReadOnlyList<JsonNode> Items(JsonNode? node) => node is JsonArrayNode array ? array.Items : Array.Empty<JsonNode>();

    private static string? Text(JsonNode node) => node switch
    {
        JsonStringNode text => text.Value,
        JsonScalarNode scalar => scalar.RawText,
        _ => null,
    };

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
