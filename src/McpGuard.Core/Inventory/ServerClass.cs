using System;
using System.Collections.Generic;
using McpGuard.Model;

namespace McpGuard.Inventory;

/// <summary>One entry of <c>Data/server-classes.json</c>: a family of well-known servers, what it can do, and its read-only switch.</summary>
public sealed class ServerClass
{
    internal ServerClass(string name, string[] match, string[] packages, string[] classes, ReadOnlySwitch? readOnly)
    {
        Name = name;
        Match = match;
        Packages = packages;
        Classes = classes;
        ReadOnly = readOnly;
    }

    public string Name { get; }

    internal string[] Match { get; }

    /// <summary>Package ids matched exactly (case-insensitive): <c>postgres-mcp</c>, but not <c>@example/postgres-mcp</c>.</summary>
    internal string[] Packages { get; }

    /// <summary><c>reads-untrusted-content</c>, <c>executes-commands</c>, <c>writes-files</c>…</summary>
    public IReadOnlyList<string> Classes { get; }

    /// <summary>How the server is made read-only, or <c>null</c> when it has no such switch.</summary>
    public ReadOnlySwitch? ReadOnly { get; }

    public bool Has(string capability) => Array.IndexOf((string[])Classes, capability) >= 0;

    /// <summary>
    /// Whether this definition of the server is read-only: its own switch when McpGuard lists one, else a generic
    /// <c>--read-only</c>/<c>READ_ONLY=true</c>; or a client tool list that keeps only reading tools.
    /// </summary>
    public bool IsReadOnly(McpServer server) =>
        (ReadOnly is not null ? ReadOnly.IsOn(server) : GenericReadOnly.HasSwitch(server)) || GenericReadOnly.HasReadOnlyToolList(server);
}
