using System;
using System.IO;
using McpGuard.Core.Tests.Infrastructure;
using McpGuard.Discovery;
using McpGuard.Model;
using McpGuard.Scanning;
using McpGuard.Severity;
using McpGuard.Suppression;

namespace McpGuard.Core.Tests.Suppression;

/// <summary>A repository on disk with one .mcp.json: a token (MCPG101), two unpinned packages (MCPG201), plain HTTP (MCPG401), and a browser next to GitHub and filesystem servers (MCPG609).</summary>
internal sealed class ScanFixture : IDisposable
{
    public const string McpJson = """
        {
          "mcpServers": {
            "github": {
              "command": "npx",
              "args": ["-y", "@modelcontextprotocol/server-github@2025.4.8"],
              "env": { "GITHUB_TOKEN": "@@TOKEN@@" }
            },
            "browser": { "command": "npx", "args": ["-y", "@playwright/mcp@latest"] },
            "files": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem", "."] },
            "remote": { "type": "http", "url": "http://mcp.example.com/mcp" }
          }
        }
        """;

    private readonly DirectoryInfo _directory;

    public ScanFixture()
    {
        _directory = TestPaths.CreateTemporaryDirectory();
        Root = _directory.FullName;
        ConfigPath = Path.Combine(Root, ".mcp.json");
        Token = "ghp_" + "Zq8rT2mV5xK9pL3nW7bY1cD4fH6jS0aE2gU8";
        File.WriteAllText(ConfigPath, McpJson.Replace("@@TOKEN@@", Token, StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(Root, ".editorconfig"), "root = true\n");
    }

    public string Root { get; }

    public string ConfigPath { get; }

    public string Token { get; }

    public string ProjectPath => Path.Combine(Root, "src", "App", "App.csproj");

    public ScanRequest Request(SeverityOptions? options = null, params SuppressionEntry[] suppressions) =>
        new(new[] { new ConfigFile(ConfigPath, ConfigFormat.ClaudeProject) }, Array.Empty<string>(), options ?? SeverityOptions.Default)
        {
            RepositoryRoot = Root,
            Suppressions = suppressions,
            BaselineFile = Path.Combine(Root, Baseline.DefaultFileName),
        };

    public void Dispose() => TestPaths.DeleteQuietly(_directory);
}
