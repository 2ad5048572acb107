using System;
using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using McpGuard.Discovery;
using McpGuard.Model;
using McpGuard.Scanning;
using McpGuard.Severity;

namespace McpGuard.Benchmarks;

/// <summary>
/// What a build pays for a typical repository: four configurations of about 5 KB together (.mcp.json with eight
/// servers, .vscode/mcp.json, .cursor/mcp.json, .claude/settings.json), checked from disk as the task does after a
/// change (every rule, severities, suppression), and replayed from the cache as a no-op build does.
/// </summary>
[MemoryDiagnoser]
public class TypicalRepositoryBenchmarks
{
    private string _root = string.Empty;
    private string _cache = string.Empty;
    private ScanRequest _request = null!;

    [GlobalSetup]
    public void CreateRepository()
    {
        _root = Path.Combine(Path.GetTempPath(), "mcpguard-bench-" + Guid.NewGuid().ToString("N"));
        _cache = Path.Combine(_root, ".cache");
        var servers = new StringBuilder("{\n  \"mcpServers\": {\n");
        for (var i = 0; i < 8; i++)
        {
            servers.Append("    \"server").Append(i).Append("\": {\n")
                .Append("      \"command\": \"npx\",\n")
                .Append("      \"args\": [\"-y\", \"@example/mcp-server-").Append(i).Append(i % 2 == 0 ? "@1.4.2" : string.Empty).Append("\", \"--root\", \"./data\"],\n")
                .Append("      \"env\": { \"API_URL\": \"https://api.example.com/v1\", \"API_TOKEN\": \"${API_TOKEN_").Append(i).Append("}\", \"LOG_LEVEL\": \"info\" }\n")
                .Append(i == 7 ? "    }\n" : "    },\n");
        }

        Write(".mcp.json", servers.Append("  }\n}\n").ToString());
        Write(".vscode/mcp.json", """
            {
              "inputs": [{ "type": "promptString", "id": "github-token", "description": "GitHub token", "password": true }],
              "servers": {
                "github": { "type": "http", "url": "https://api.githubcopilot.com/mcp/", "headers": { "Authorization": "Bearer ${input:github-token}" } },
                "docs": { "type": "http", "url": "http://docs.internal.example.com/mcp" },
                "fetch": { "command": "uvx", "args": ["mcp-server-fetch==2025.4.7"] },
                "files": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem@2025.7.1", "${workspaceFolder}"] }
              }
            }
            """);
        Write(".cursor/mcp.json", """
            {
              "mcpServers": {
                "browser": { "command": "npx", "args": ["-y", "@playwright/mcp"] },
                "db": { "command": "docker", "args": ["run", "-i", "--rm", "-e", "DATABASE_URL", "mcp/postgres:0.6.2"], "env": { "DATABASE_URL": "${env:DATABASE_URL}" } },
                "search": { "url": "https://search.example.com/mcp", "headers": { "X-Api-Key": "${env:SEARCH_KEY}" } }
              }
            }
            """);
        Write(".claude/settings.json", """
            {
              "permissions": { "allow": ["Bash(npm run test:*)", "Read(./src/**)", "mcp__github__get_issue"], "deny": ["Read(./.env)", "Bash(curl:*)"] },
              "enableAllProjectMcpServers": false,
              "enabledMcpjsonServers": ["server0", "server2"],
              "env": { "NODE_ENV": "development" }
            }
            """);
        ConfigFormat.TryGetById("claude", out var claude);
        ConfigFormat.TryGetById("vscode", out var vscode);
        ConfigFormat.TryGetById("cursor", out var cursor);
        ConfigFormat.TryGetById("claude-settings", out var settings);
        var configs = new[]
        {
            new ConfigFile(Path.Combine(_root, ".claude", "settings.json"), settings),
            new ConfigFile(Path.Combine(_root, ".cursor", "mcp.json"), cursor),
            new ConfigFile(Path.Combine(_root, ".mcp.json"), claude),
            new ConfigFile(Path.Combine(_root, ".vscode", "mcp.json"), vscode),
        };
        _request = new ScanRequest(configs, Array.Empty<string>(), SeverityOptions.Default) { RepositoryRoot = _root };
        ScanCache.RunCached(_request, _cache, new EditorConfigLocator(), out _);
    }

    [GlobalCleanup]
    public void DeleteRepository() => Directory.Delete(_root, recursive: true);

    /// <summary>A build after a configuration changed: read, check with every rule, resolve severities.</summary>
    [Benchmark]
    public int CheckRepository() => ConfigScanner.Scan(_request).Count;

    /// <summary>A no-op build: the cache key (stamps of every input) and the replayed findings.</summary>
    [Benchmark]
    public int ReplayRepository() => ScanCache.RunCached(_request, _cache, new EditorConfigLocator(), out _).Findings.Count;

    /// <summary>Discovery when no folder changed since the last walk.</summary>
    [Benchmark]
    public int DiscoverUnchanged() => DiscoveryCache.Discover(_root, _cache, out _).Count;

    private void Write(string relativePath, string content)
    {
        var path = Path.Combine(_root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
