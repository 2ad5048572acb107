using System;
using McpGuard.Model;
using McpGuard.Syntax;
using McpGuard.Permissions;

namespace McpGuard.Inventory;

/// <summary>
/// Read-only signals that do not depend on knowing the server: a <c>--read-only</c>/<c>--readonly</c> argument or a
/// <c>READ_ONLY=true</c> variable (for servers whose own switch McpGuard does not list), and a client tool list that
/// exposes only tools whose names say they read (<c>enabled_tools</c>, <c>includeTools</c>, <c>tools</c>).
/// </summary>
internal static class GenericReadOnly
{
    private static readonly string[] s_flags = { "--read-only", "--readonly", "--read_only" };

    private static readonly string[] s_toolListKeys = { "enabled_tools", "includeTools", "tools" };

    /// <summary>A read-only argument or variable.</summary>
    public static bool HasSwitch(McpServer server)
    {
        for (var i = 0; i < server.Args.Count; i++)
        {
            var argument = server.Args[i].Value.Trim().ToLowerInvariant();
            foreach (var flag in s_flags)
            {
                if (argument == flag)
                {
                    var next = i + 1 < server.Args.Count ? server.Args[i + 1].Value.Trim() : string.Empty;
                    return !IsFalse(next);
                }

                if (argument.StartsWith(flag + "=", StringComparison.Ordinal))
                {
                    return IsTrue(argument.Substring(flag.Length + 1));
                }
            }
        }

        foreach (var variable in server.Env?.Properties ?? (System.Collections.Generic.IReadOnlyList<JsonPropertyNode>)Array.Empty<JsonPropertyNode>())
        {
            var name = variable.Name.ToUpperInvariant();
            if ((name is "READ_ONLY" or "READONLY" || name.EndsWith("_READ_ONLY", StringComparison.Ordinal) || name.EndsWith("_READONLY", StringComparison.Ordinal))
                && variable.Value is JsonStringNode or JsonScalarNode && IsTrue(ValueText(variable.Value)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The client exposes only some tools of the server, and every one of them only reads by its name.</summary>
    public static bool HasReadOnlyToolList(McpServer server)
    {
        foreach (var key in s_toolListKeys)
        {
            if (server.Body.GetProperty(key)?.Value is not JsonArrayNode list || list.Items.Count == 0)
            {
                continue;
            }

            foreach (var item in list.Items)
            {
                if (item is not JsonStringNode name || !ToolNames.OnlyReads(name.Value))
                {
                    return false;
                }
            }

            return true;
        }

        return false;
    }

    private static string ValueText(JsonNode node) => node is JsonStringNode text ? text.Value : ((JsonScalarNode)node).RawText;

    private static bool IsTrue(string value) => value.Trim().ToLowerInvariant() is "true" or "1" or "yes" or "on";

    private static bool IsFalse(string value) => value.Trim().ToLowerInvariant() is "false" or "0" or "no" or "off";
}
