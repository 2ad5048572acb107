using System.Collections.Generic;
using McpGuard.Syntax;

namespace McpGuard.Model;

/// <summary>Maps a parsed file onto <see cref="McpDocument"/> according to its client's layout.</summary>
internal static class McpDocumentBuilder
{
    public static McpDocument Build(string path, ConfigFormat format, JsonObjectNode root)
    {
        var servers = new List<McpServer>();
        switch (format.ServersShape)
        {
            case ServersShape.Map:
                AddMap(Navigate(root, format.ServersPath) as JsonObjectNode, servers);
                if (format.ProjectsPath.Count > 0 && Navigate(root, format.ProjectsPath) is JsonObjectNode projects)
                {
                    // ~/.claude.json keeps local-scope servers per project path.
                    foreach (var project in projects.Properties)
                    {
                        AddMap((project.Value as JsonObjectNode)?.GetObject(format.ServersPath[format.ServersPath.Count - 1]), servers);
                    }
                }

                break;
            case ServersShape.List:
                AddList(Navigate(root, format.ServersPath) as JsonArrayNode, "name", servers);
                break;
            case ServersShape.Registry:
                AddList(root.GetArray("packages"), "identifier", servers);
                AddList(root.GetArray("remotes"), "url", servers);
                break;
        }

        var settingsEnv = ReferenceEquals(format, ConfigFormat.ClaudeSettings) ? root.GetObject("env") : null;
        return new McpDocument(path, format, root, servers, settingsEnv);
    }

    internal static JsonNode? Navigate(JsonObjectNode root, IReadOnlyList<string> path)
    {
        JsonNode? current = root;
        foreach (var key in path)
        {
            current = (current as JsonObjectNode)?.GetValue(key);
        }

        return current;
    }

    private static void AddMap(JsonObjectNode? map, List<McpServer> servers)
    {
        if (map is null)
        {
            return;
        }

        foreach (var property in map.Properties)
        {
            if (property.Value is JsonObjectNode body)
            {
                servers.Add(new McpServer(property.Name, property.Span, body));
            }
        }
    }

    /// <summary>List-shaped servers are named by a property of their own (<c>name</c>; registry packages: <c>identifier</c>, or the older <c>name</c>).</summary>
    private static void AddList(JsonArrayNode? list, string nameKey, List<McpServer> servers)
    {
        if (list is null)
        {
            return;
        }

        foreach (var item in list.Items)
        {
            if (item is not JsonObjectNode body)
            {
                continue;
            }

            var name = body.GetString(nameKey) ?? body.GetString("name");
            servers.Add(name is null
                ? new McpServer($"#{list.IndexOf(item) + 1}", body.Span, body)
                : new McpServer(name.Value, name.Span, body));
        }
    }
}
