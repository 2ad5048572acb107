using System;
using System.Collections.Generic;
using System.Text.Json;
using McpGuard.Internal;
using McpGuard.Parsing;

namespace McpGuard.Model;

/// <summary>A client's configuration file kind, from <c>Data/client-formats.json</c>: how it is read and where its servers live.</summary>
public sealed class ConfigFormat
{
    private static readonly Lazy<Dictionary<string, ConfigFormat>> s_byId = new(Load);

    private ConfigFormat(JsonElement data)
    {
        Id = data.GetProperty("id").GetString()!;
        DisplayName = data.GetProperty("displayName").GetString()!;
        Dialect = data.GetProperty("dialect").GetString() switch
        {
            "jsonc" => JsonDialect.Jsonc,
            "comments" => JsonDialect.Comments,
            "toml" => JsonDialect.Toml,
            "yaml" => JsonDialect.Yaml,
            _ => JsonDialect.Strict,
        };
        if (data.TryGetProperty("servers", out var servers) && servers.ValueKind == JsonValueKind.Object)
        {
            ServersPath = EmbeddedData.ReadStrings(servers, "path");
            ServersShape = servers.GetProperty("shape").GetString() switch
            {
                "list" => ServersShape.List,
                "registry" => ServersShape.Registry,
                _ => ServersShape.Map,
            };
            ProjectsPath = EmbeddedData.ReadStrings(servers, "projectsPath");
        }

        InputsPath = EmbeddedData.ReadStrings(data, "inputsPath");
        AcceptedVariables = new HashSet<string>(EmbeddedData.ReadStrings(data, "variables"), StringComparer.Ordinal);
        Variables = data.GetProperty("referenceStyle").GetString() switch
        {
            "claude" => VariableSyntax.Claude,
            "vscode" => VariableSyntax.VsCode,
            "cursor" => VariableSyntax.Cursor,
            "codex" => VariableSyntax.Codex,
            "continue" => VariableSyntax.Continue,
            _ => VariableSyntax.None,
        };
        ProjectsPath ??= Array.Empty<string>();
        TopLevelKeys = data.TryGetProperty("topLevelKeys", out var topLevel) && topLevel.ValueKind == JsonValueKind.Array
            ? new HashSet<string>(EmbeddedData.ReadStrings(data, "topLevelKeys"), StringComparer.Ordinal)
            : null;
        TopLevelKeysOpenEnded = data.TryGetProperty("topLevelKeysOpenEnded", out var openEnded) && openEnded.ValueKind == JsonValueKind.True;
        ServersLayered = data.TryGetProperty("serversLayered", out var layered) && layered.ValueKind == JsonValueKind.True;
        KeysVerified = !(data.TryGetProperty("keysVerified", out var verified) && verified.ValueKind == JsonValueKind.False);
        ServerKeys = new HashSet<string>(EmbeddedData.ReadStrings(data, "serverKeys"), StringComparer.Ordinal);
        ServerTypes = new HashSet<string>(EmbeddedData.ReadStrings(data, "types"), StringComparer.Ordinal);
    }

    public static ConfigFormat ClaudeProject => Get("claude");

    public static ConfigFormat ClaudeSettings => Get("claude-settings");

    public static ConfigFormat ClaudeUser => Get("claude-user");

    public static ConfigFormat VsCode => Get("vscode");

    public static ConfigFormat Cursor => Get("cursor");

    /// <summary>The value of the <c>Client</c> metadata of a <c>McpGuardConfig</c> item.</summary>
    public string Id { get; }

    public string DisplayName { get; }

    public JsonDialect Dialect { get; }

    /// <summary>Where the servers are (<c>mcpServers</c>, <c>mcp.servers</c>, <c>context_servers</c>); empty when the file defines none.</summary>
    public IReadOnlyList<string> ServersPath { get; } = Array.Empty<string>();

    public ServersShape ServersShape { get; } = ServersShape.None;

    /// <summary><c>~/.claude.json</c> keeps local-scope servers per project under this key.</summary>
    public IReadOnlyList<string> ProjectsPath { get; }

    /// <summary>VS Code's <c>inputs</c> (prompted values referenced as <c>${input:id}</c>).</summary>
    public IReadOnlyList<string> InputsPath { get; }

    /// <summary>Reference syntaxes the client expands; see the data file's comment for the names.</summary>
    public HashSet<string> AcceptedVariables { get; }

    /// <summary>How a fix should spell a reference to an environment variable.</summary>
    public VariableSyntax Variables { get; }

    /// <summary>Documented top-level keys; <c>null</c> when the file holds other settings too.</summary>
    public HashSet<string>? TopLevelKeys { get; }

    public bool TopLevelKeysOpenEnded { get; }

    /// <summary>
    /// The file is layered over the user's own configuration (Codex): a server entry may only switch off or adjust a
    /// server defined elsewhere (<c>enabled = false</c>), so one without a command or URL is not broken.
    /// </summary>
    public bool ServersLayered { get; }

    /// <summary>
    /// Whether the key lists come from the client's own documentation or schema; when they do not (Claude Desktop, Cline,
    /// Roo, Kilo, Windsurf, Junie, Zed, Amazon Q, Kiro), an unknown key is at most Info (MCPG003).
    /// </summary>
    public bool KeysVerified { get; }

    public HashSet<string> ServerKeys { get; }

    public HashSet<string> ServerTypes { get; }

    public static IReadOnlyCollection<ConfigFormat> All => s_byId.Value.Values;

    public static ConfigFormat Get(string id) =>
        s_byId.Value.TryGetValue(id, out var format) ? format : throw new ArgumentException($"Unknown configuration format '{id}'.", nameof(id));

    public static bool TryGetById(string id, out ConfigFormat format) => s_byId.Value.TryGetValue(id, out format!);

    public override string ToString() => Id;

    private static Dictionary<string, ConfigFormat> Load()
    {
        using var data = EmbeddedData.Load("client-formats.json");
        var formats = new Dictionary<string, ConfigFormat>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in data.RootElement.GetProperty("formats").EnumerateArray())
        {
            var format = new ConfigFormat(item);
            formats.Add(format.Id, format);
        }

        return formats;
    }
}
