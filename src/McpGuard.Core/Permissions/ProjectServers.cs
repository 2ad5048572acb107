using System;
using System.Collections.Generic;
using System.IO;
using McpGuard.Model;
using McpGuard.Credentials;

namespace McpGuard.Permissions;

/// <summary>The <c>.mcp.json</c> servers that a Claude Code settings file approves or lists: those of the project it configures.</summary>
internal static class ProjectServers
{
    /// <summary>The <c>.mcp.json</c> documents of the project that holds <paramref name="settings"/> (the folder above <c>.claude</c>).</summary>
    public static List<McpDocument> For(McpDocument settings, IReadOnlyList<McpDocument> documents)
    {
        var project = CredentialFiles.ProjectDirectory(settings.Path);
        var found = new List<McpDocument>();
        foreach (var document in documents)
        {
            if (ReferenceEquals(document.Format, ConfigFormat.ClaudeProject)
                && string.Equals(Path.GetDirectoryName(document.Path), project, StringComparison.Ordinal))
            {
                found.Add(document);
            }
        }

        return found;
    }

    /// <summary><c>'a', 'b'</c>, at most <paramref name="limit"/> names and a count of the rest.</summary>
    public static string List(IReadOnlyList<string> names, int limit = 8)
    {
        var shown = new List<string>();
        for (var i = 0; i < names.Count && i < limit; i++)
        {
            shown.Add("'" + names[i] + "'");
        }

        return string.Join(", ", shown) + (names.Count > limit ? $" and {names.Count - limit} more" : string.Empty);
    }
}
