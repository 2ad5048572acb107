using System;
using System.Collections.Generic;
using McpGuard.Parsing;

namespace McpGuard.Model;

/// <summary>A client's configuration file kind: how it is read and where its servers live.</summary>
public sealed class ConfigFormat
{
    public static readonly ConfigFormat ClaudeProject = new("claude", "Claude Code project servers", JsonDialect.Strict, "mcpServers", VariableSyntax.Claude);
    public static readonly ConfigFormat ClaudeSettings = new("claude-settings", "Claude Code settings", JsonDialect.Strict, serversKey: null, VariableSyntax.None);
    public static readonly ConfigFormat ClaudeUser = new("claude-user", "Claude Code user configuration", JsonDialect.Strict, "mcpServers", VariableSyntax.Claude);
    public static readonly ConfigFormat VsCode = new("vscode", "VS Code MCP configuration", JsonDialect.Jsonc, "servers", VariableSyntax.VsCode);
    public static readonly ConfigFormat Cursor = new("cursor", "Cursor MCP configuration", JsonDialect.Strict, "mcpServers", VariableSyntax.Cursor);

    private static readonly Dictionary<string, ConfigFormat> s_byId = new(StringComparer.OrdinalIgnoreCase)
    {
        [ClaudeProject.Id] = ClaudeProject,
        [ClaudeSettings.Id] = ClaudeSettings,
        [ClaudeUser.Id] = ClaudeUser,
        [VsCode.Id] = VsCode,
        [Cursor.Id] = Cursor,
    };

    private ConfigFormat(string id, string displayName, JsonDialect dialect, string? serversKey, VariableSyntax variables)
    {
        Id = id;
        DisplayName = displayName;
        Dialect = dialect;
        ServersKey = serversKey;
        Variables = variables;
    }

    /// <summary>The value of the <c>Client</c> metadata of a <c>McpGuardConfig</c> item.</summary>
    public string Id { get; }

    public string DisplayName { get; }

    public JsonDialect Dialect { get; }

    /// <summary>The top-level key holding the server map; <c>null</c> when the file defines no servers.</summary>
    public string? ServersKey { get; }

    public VariableSyntax Variables { get; }

    public static IReadOnlyCollection<ConfigFormat> All => s_byId.Values;

    public static bool TryGetById(string id, out ConfigFormat format) => s_byId.TryGetValue(id, out format!);

    public override string ToString() => Id;
}
