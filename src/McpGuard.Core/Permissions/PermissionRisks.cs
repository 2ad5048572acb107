using System;
using System.Collections.Generic;
using McpGuard.Internal;
using McpGuard.Syntax;

namespace McpGuard.Permissions;

/// <summary>The data of <c>Data/permission-risks.json</c>: dangerous commands, bypass flags, command-running keys, auto-approval keys.</summary>
internal sealed class PermissionRisks
{
    private static readonly Lazy<PermissionRisks> s_instance = new(() => new PermissionRisks());

    private PermissionRisks()
    {
        using var data = EmbeddedData.Load("permission-risks.json");
        var root = data.RootElement;
        foreach (var entry in root.GetProperty("dangerousCommands").EnumerateArray())
        {
            DangerousCommands.Add(new DangerousCommand(entry.GetProperty("name").GetString()!, entry.GetProperty("why").GetString()!, EmbeddedData.ReadStrings(entry, "samples")));
        }

        BypassFlags = EmbeddedData.ReadStrings(root, "bypassFlags");
        foreach (var client in root.GetProperty("commandKeys").EnumerateObject())
        {
            CommandKeys[client.Name] = EmbeddedData.ReadStrings(root.GetProperty("commandKeys"), client.Name);
        }

        foreach (var entry in root.GetProperty("autoApproval").EnumerateArray())
        {
            AutoApproval.Add(new AutoApprovalKey(
                entry.GetProperty("key").GetString()!,
                new HashSet<string>(EmbeddedData.ReadStrings(entry, "clients"), StringComparer.OrdinalIgnoreCase),
                entry.GetProperty("kind").GetString() == "true"));
        }
    }

    public static PermissionRisks Instance => s_instance.Value;

    public List<DangerousCommand> DangerousCommands { get; } = new();

    public string[] BypassFlags { get; }

    public Dictionary<string, string[]> CommandKeys { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<AutoApprovalKey> AutoApproval { get; } = new();

    /// <summary>The string values at the command-running keys of a file of this client (<c>hooks.*[].hooks[].command</c>…).</summary>
    public IEnumerable<JsonStringNode> CommandNodes(string clientId, JsonObjectNode root)
    {
        if (!CommandKeys.TryGetValue(clientId, out var paths))
        {
            yield break;
        }

        foreach (var path in paths)
        {
            var current = new List<JsonNode> { root };
            foreach (var segment in path.Split('.'))
            {
                var items = segment.EndsWith("[]", StringComparison.Ordinal);
                var name = items ? segment.Substring(0, segment.Length - 2) : segment;
                var next = new List<JsonNode>();
                foreach (var node in current)
                {
                    if (node is not JsonObjectNode obj)
                    {
                        continue;
                    }

                    foreach (var property in obj.Properties)
                    {
                        if (name == "*" || property.Name == name)
                        {
                            if (!items)
                            {
                                next.Add(property.Value);
                            }
                            else if (property.Value is JsonArrayNode array)
                            {
                                next.AddRange(array.Items);
                            }
                        }
                    }
                }

                current = next;
            }

            foreach (var node in current)
            {
                if (node is JsonStringNode text)
                {
                    yield return text;
                }
            }
        }
    }

    /// <summary>The bypass switch a command line contains, or <c>null</c>.</summary>
    public string? FindBypassFlag(string command)
    {
        foreach (var flag in BypassFlags)
        {
            var at = command.IndexOf(flag, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (flag[0] != '-' || at == 0 || !char.IsLetterOrDigit(command[at - 1])))
            {
                var end = at + flag.Length;
                if (end == command.Length || !(char.IsLetterOrDigit(command[end]) || command[end] == '-'))
                {
                    return flag.TrimStart('-');
                }
            }
        }

        return null;
    }

    internal sealed class DangerousCommand
    {
        public DangerousCommand(string name, string why, string[] samples)
        {
            Name = name;
            Why = why;
            Samples = samples;
        }

        public string Name { get; }

        public string Why { get; }

        public string[] Samples { get; }
    }

    internal sealed class AutoApprovalKey
    {
        public AutoApprovalKey(string key, HashSet<string> clients, bool isBoolean)
        {
            Key = key;
            Clients = clients;
            IsBoolean = isBoolean;
        }

        public string Key { get; }

        public HashSet<string> Clients { get; }

        public bool IsBoolean { get; }
    }
}
