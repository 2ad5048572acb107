using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using McpGuard.Internal;
using McpGuard.Launch;
using McpGuard.Model;
using McpGuard.Network;

namespace McpGuard.Inventory;

/// <summary>Capability classes of well-known servers, from <c>Data/server-classes.json</c>.</summary>
public static class ServerClasses
{
    public const string ReadsUntrustedContent = "reads-untrusted-content";
    public const string ExecutesCommands = "executes-commands";

    private static readonly Lazy<List<ServerClass>> s_entries = new(Load);

    /// <summary>The classes of the first entry whose pattern occurs in one of the hints (package, image, host, then name).</summary>
    public static IReadOnlyList<string> Classify(IEnumerable<string> hints) => Find(hints)?.Classes ?? Array.Empty<string>();

    /// <summary>The entry of the first hint that matches one, or <c>null</c> for a server McpGuard does not know.</summary>
    public static ServerClass? Find(IEnumerable<string> hints)
    {
        foreach (var hint in hints)
        {
            if (string.IsNullOrEmpty(hint))
            {
                continue;
            }

            foreach (var entry in s_entries.Value)
            {
                if (Array.Exists(entry.Packages, p => string.Equals(p, hint, StringComparison.OrdinalIgnoreCase)))
                {
                    return entry;
                }

                foreach (var pattern in entry.Match)
                {
                    if (hint.IndexOf(pattern, StringComparison.OrdinalIgnoreCase) >= 0)
                    {
                        return entry;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The entry for a server definition: by package or image, URL host, command and arguments, then its name.</summary>
    public static ServerClass? Find(McpServer server) => Find(Hints(server));

    /// <summary>What identifies a server, most specific first: package or image, URL host, command, arguments, name.</summary>
    public static IEnumerable<string> Hints(McpServer server)
    {
        var invocation = LaunchCommandReader.Read(server).FirstOrDefault();
        var package = invocation is null ? null : PackageReferenceReader.Read(invocation).FirstOrDefault();
        yield return package?.Name ?? string.Empty;
        yield return server.Urls.Count > 0 ? UrlHost.GetHost(server.Urls[0].Value.Trim()) ?? string.Empty : string.Empty;
        // docker and podman only launch the server: the image (package hint) says what it is, not the word "docker".
        var program = server.Command is null ? string.Empty : CommandInvocation.NormalizeProgram(server.Command.Value);
        yield return program is "docker" or "podman" ? string.Empty : server.Command?.Value ?? string.Empty;
        yield return string.Join(" ", server.Args.Select(a => a.Value));
        yield return server.Name;
    }

    private static List<ServerClass> Load()
    {
        using var data = EmbeddedData.Load("server-classes.json");
        var entries = new List<ServerClass>();
        foreach (var entry in data.RootElement.GetProperty("classes").EnumerateArray())
        {
            ReadOnlySwitch? readOnly = null;
            if (entry.TryGetProperty("readOnly", out var switches) && switches.ValueKind == JsonValueKind.Object)
            {
                readOnly = new ReadOnlySwitch(
                    EmbeddedData.ReadStrings(switches, "args"),
                    EmbeddedData.ReadStrings(switches, "env"),
                    EmbeddedData.ReadStrings(switches, "url"),
                    EmbeddedData.ReadStrings(switches, "headers"),
                    EmbeddedData.ReadStrings(switches, "mountSuffixes"),
                    switches.TryGetProperty("containerOnly", out var containerOnly) && containerOnly.ValueKind == JsonValueKind.True,
                    switches.GetProperty("describe").GetString()!);
            }

            entries.Add(new ServerClass(entry.GetProperty("name").GetString()!, EmbeddedData.ReadStrings(entry, "match"), EmbeddedData.ReadStrings(entry, "packages"), EmbeddedData.ReadStrings(entry, "classes"), readOnly));
        }

        return entries;
    }
}
