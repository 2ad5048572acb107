using NuGet.Versioning;

namespace McpGuard.Policy;

/// <summary>One entry of the policy's <c>approvedServers</c>: a package, a remote host or a command, with the versions allowed.</summary>
public sealed class ApprovedServer
{
    public ApprovedServer(string? package, string? ecosystem, string? host, string? command, VersionRange? versions, string? versionsText, string? owner, string? purpose)
    {
        Package = package;
        Ecosystem = ecosystem;
        Host = host;
        Command = command;
        Versions = versions;
        VersionsText = versionsText;
        Owner = owner;
        Purpose = purpose;
    }

    /// <summary>A package id or image name (<c>@modelcontextprotocol/server-github</c>, <c>mcp-server-git</c>, <c>ghcr.io/github/github-mcp-server</c>).</summary>
    public string? Package { get; }

    /// <summary><c>npm</c>, <c>pypi</c>, <c>nuget</c>, <c>oci</c> or <c>jsr</c>; <c>null</c>: any.</summary>
    public string? Ecosystem { get; }

    /// <summary>A remote server's host pattern (<c>mcp.example.com</c>, <c>*.corp.example</c>).</summary>
    public string? Host { get; }

    /// <summary>A program (<c>node</c>, <c>./tools/server</c>), compared by file name.</summary>
    public string? Command { get; }

    /// <summary>The allowed versions in NuGet range syntax (<c>[1.2.0,2.0.0)</c>); <c>null</c>: any.</summary>
    public VersionRange? Versions { get; }

    public string? VersionsText { get; }

    public string? Owner { get; }

    public string? Purpose { get; }
}
