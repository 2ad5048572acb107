using System.Collections.Generic;
using McpGuard.Syntax;

namespace McpGuard.Model;

/// <summary>A configuration file read into the one model every rule works on.</summary>
public sealed class McpDocument
{
    internal McpDocument(string path, ConfigFormat format, JsonObjectNode root, IReadOnlyList<McpServer> servers, JsonObjectNode? settingsEnv)
    {
        Path = path;
        Format = format;
        Root = root;
        Servers = servers;
        SettingsEnv = settingsEnv;
        foreach (var server in servers)
        {
            _serverByBody[server.Body] = server;
        }
    }

    private readonly Dictionary<JsonNode, McpServer> _serverByBody = new();

    public string Path { get; }

    public ConfigFormat Format { get; }

    public JsonObjectNode Root { get; }

    public IReadOnlyList<McpServer> Servers { get; }

    /// <summary>
    /// A personal file that is meant to stay out of version control (<c>.claude/settings.local.json</c>): it may hold
    /// personal values, so credential rules skip it and MCPG606 checks that git ignores it. User-scope files
    /// (<c>~/.claude.json</c>) are checked in full: they are read only on request, as an audit, and are often committed
    /// by mistake in dotfiles repositories.
    /// </summary>
    public bool IsLocalOnly => ReferenceEquals(Format, ConfigFormat.ClaudeSettings)
        && string.Equals(System.IO.Path.GetFileName(Path), "settings.local.json", System.StringComparison.OrdinalIgnoreCase);

    /// <summary>Claude Code settings' top-level <c>env</c>: variables set for every session and server.</summary>
    public JsonObjectNode? SettingsEnv { get; }

    /// <summary>The server that a node belongs to, or <c>null</c> for settings outside any server.</summary>
    public McpServer? FindServer(JsonNode node)
    {
        // A server's own key (findings about the whole server point there) belongs to that server.
        if (node is JsonPropertyNode { Value: var body } && _serverByBody.TryGetValue(body, out var named))
        {
            return named;
        }

        for (var current = node; current is not null; current = current.Parent)
        {
            if (_serverByBody.TryGetValue(current, out var server))
            {
                return server;
            }
        }

        return null;
    }

    /// <summary>Every string value under <paramref name="root"/>, in file order.</summary>
    internal static List<JsonStringNode> CollectStrings(JsonNode root)
    {
        var strings = new List<JsonStringNode>();
        var pending = new Stack<JsonNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case JsonStringNode text:
                    strings.Add(text);
                    break;
                case JsonObjectNode obj:
                    for (var i = obj.Properties.Count - 1; i >= 0; i--)
                    {
                        pending.Push(obj.Properties[i].Value);
                    }

                    break;
                case JsonArrayNode array:
                    for (var i = array.Items.Count - 1; i >= 0; i--)
                    {
                        pending.Push(array.Items[i]);
                    }

                    break;
            }
        }

        return strings;
    }
}
