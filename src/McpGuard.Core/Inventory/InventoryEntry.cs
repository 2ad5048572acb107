using System.Collections.Generic;

namespace McpGuard.Inventory;

/// <summary>One server as the audit sees it: where it is, what it starts or contacts, what it can do, what was found. Never a value.</summary>
public sealed class InventoryEntry
{
    public string Server { get; set; } = string.Empty;

    public string File { get; set; } = string.Empty;

    public int Line { get; set; }

    public string Client { get; set; } = string.Empty;

    /// <summary>project (committed), local (personal, git-ignored) or user (home folder).</summary>
    public string Scope { get; set; } = string.Empty;

    public string Transport { get; set; } = string.Empty;

    public string? Launcher { get; set; }

    public string? Ecosystem { get; set; }

    public string? Package { get; set; }

    public string? Version { get; set; }

    public bool? Pinned { get; set; }

    /// <summary><c>git</c>, <c>url</c> or <c>local</c> when the package does not come from a registry; <c>null</c> for a registry package.</summary>
    public string? Source { get; set; }

    public string? Host { get; set; }

    /// <summary>Names of the environment variables the file sets for the server; never their values.</summary>
    public List<string> EnvironmentVariables { get; } = new();

    /// <summary>What the server can do (<c>Data/server-classes.json</c>): reads-untrusted-content, executes-commands, writes-files…</summary>
    public List<string> Capabilities { get; } = new();

    /// <summary>For a server that offers a read-only mode: whether this definition uses it; <c>null</c> when it has none (or is unknown).</summary>
    public bool? ReadOnly { get; set; }

    /// <summary>Rule id → lines, for the findings inside this server's definition.</summary>
    public SortedDictionary<string, List<int>> Findings { get; } = new(System.StringComparer.Ordinal);

    /// <summary>Rule id → lines, for this server's findings that the baseline (<c>mcpguard.baseline.json</c>) accepts.</summary>
    public SortedDictionary<string, List<int>> BaselinedFindings { get; } = new(System.StringComparer.Ordinal);
}
