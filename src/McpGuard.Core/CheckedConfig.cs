using System.Collections.Generic;
using McpGuard.Model;
using McpGuard.Rules;

namespace McpGuard;

/// <summary>One file after checking: its findings and, when it could be read, its document.</summary>
public sealed class CheckedConfig
{
    public CheckedConfig(string path, McpDocument? document, IReadOnlyList<Finding> findings)
    {
        Path = path;
        Document = document;
        Findings = findings;
    }

    public string Path { get; }

    public McpDocument? Document { get; }

    public IReadOnlyList<Finding> Findings { get; }
}
