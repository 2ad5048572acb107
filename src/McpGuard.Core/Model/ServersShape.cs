namespace McpGuard.Model;

/// <summary>How a file lays out its servers.</summary>
public enum ServersShape
{
    /// <summary>The file defines no servers (settings only).</summary>
    None,

    /// <summary>An object of name → definition (<c>"mcpServers": { "github": { … } }</c>).</summary>
    Map,

    /// <summary>An array of definitions that carry their own <c>name</c> (Continue).</summary>
    List,

    /// <summary>An MCP registry <c>server.json</c>: <c>packages[]</c> and <c>remotes[]</c>.</summary>
    Registry,
}
