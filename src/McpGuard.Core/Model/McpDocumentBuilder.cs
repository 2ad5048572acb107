using System.Collections.Generic;
using McpGuard.Syntax;

namespace McpGuard.Model;

/// <summary>Maps a parsed file onto <see cref="McpDocument"/> according to its client's layout.</summary>
internal static class McpDocumentBuilder
{
    public static McpDocument Build(string path, ConfigFormat format, JsonObjectNode root)
    {
        var servers = new List<McpServer>();
        if (format.ServersKey is { } serversKey)
        {
            AddServers(root.GetObject(serversKey), servers);
        }

        if (ReferenceEquals(format, ConfigFormat.ClaudeUser) && root.GetObject("projects") is { } projects)
        {
            // ~/.claude.json keeps local-scope servers per project path.
            foreach (var project in projects.Properties)
            {
                if (project.Value is JsonObjectNode projectBody)
                {
                    AddServers(projectBody.GetObject("mcpServers"), servers);
                }
            }
        }

        var settingsEnv = ReferenceEquals(format, ConfigFormat.ClaudeSettings) ? root.GetObject("env") : null;
        return new McpDocument(path, format, root, servers, settingsEnv);
    }

    private static void AddServers(JsonObjectNode? map, List<McpServer> servers)
    {
        if (map is null)
        {
            return;
        }

        foreach (var property in map.Properties)
        {
            if (property.Value is JsonObjectNode body)
            {
                servers.Add(new McpServer(property, body));
            }
        }
    }
}
