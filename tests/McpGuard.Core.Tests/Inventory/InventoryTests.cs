using System;
using System.IO;
using System.Linq;
using System.Reflection;
using McpGuard.Discovery;
using McpGuard.Inventory;
using McpGuard.Scanning;
using McpGuard.Severity;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Inventory;

[TestClass]
public sealed class InventoryTests
{
    private static string SampleRoot => Path.Combine(
        typeof(InventoryTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "McpGuardRepositoryRoot").Value!,
        "samples",
        "insecure");

    [TestMethod]
    public void InsecureSample_InventoryListsEveryServerWithoutValues()
    {
        var scan = ConfigScanner.ScanWithDocuments(new ScanRequest(ConfigDiscovery.Discover(SampleRoot), [], SeverityOptions.Default));
        var entries = InventoryBuilder.Build(scan, SampleRoot);
        var markdown = InventoryWriter.ToMarkdown(entries);

        var rows = markdown.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).Skip(1).ToList();
        CollectionAssert.AreEqual(
            new[]
            {
                "| openai-tools | .cursor/mcp.json:3 | cursor | project | stdio | npx openai-mcp-server 1.4.2 |  | OPENAI_API_KEY | MCPG002 (line 7); MCPG101 (line 6) |",
                "| github | .mcp.json:3 | claude | project | stdio | npx @modelcontextprotocol/server-github (not pinned) | reads-untrusted-content, writes-repositories | GITHUB_PERSONAL_ACCESS_TOKEN | MCPG101 (line 7); MCPG201 (line 5); MCPG609 (line 3) |",
                "| analytics | .mcp.json:10 | claude | project | http | mcp.analytics.example.com |  |  | MCPG401 (line 12) |",
                "| postgres | .mcp.json:14 | claude | project | stdio | uvx postgres-mcp @latest (not pinned) | writes-databases | DATABASE_PASSWORD | MCPG102 (line 18); MCPG201 (line 16); MCPG612 (line 14) |",
                "| playwright | .vscode/mcp.json:4 | vscode | project | stdio | npx @playwright/mcp latest (not pinned) | reads-untrusted-content |  | MCPG201 (line 6) |",
            },
            rows);

        var json = InventoryWriter.ToJson(entries);
        foreach (var secret in new[] { "SyNtH3t1cT0k3n", "Winter2026", "Q7vLm2Xr9TbK", "SyNtHeTiCkEy" })
        {
            Assert.IsFalse(markdown.Contains(secret, StringComparison.Ordinal) || json.Contains(secret, StringComparison.Ordinal), secret);
        }

        StringAssert.Contains(json, "\"environmentVariables\": [\n        \"GITHUB_PERSONAL_ACCESS_TOKEN\"\n      ]");
        Assert.IsFalse(entries.Single(e => e.Server == "postgres").ReadOnly, "Postgres MCP Pro offers --access-mode=restricted and is started unrestricted");
        Assert.IsNull(entries.Single(e => e.Server == "github").ReadOnly, "the reference GitHub server has no read-only switch");
        StringAssert.Contains(json, "\"readOnly\": false");
    }

    [TestMethod]
    public void ReadOnlyColumn_FollowsGenericSwitchesAndReadingToolLists()
    {
        var directory = Path.Combine(Path.GetTempPath(), "mcpguard-inventory-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(directory, ".gemini"));
        try
        {
            var path = Path.Combine(directory, ".gemini", "settings.json");
            File.WriteAllText(path, """
                { "mcpServers": {
                  "db": { "command": "npx", "args": ["-y", "mysql-mcp@1.0.0", "--read-only"] },
                  "db-env": { "command": "npx", "args": ["-y", "mysql-mcp@1.0.0"], "env": { "MYSQL_READ_ONLY": "true" } },
                  "db-write": { "command": "npx", "args": ["-y", "mysql-mcp@1.0.0"] },
                  "gh-tools": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-github@2025.4.8"], "includeTools": ["get_issue", "list_commits"] },
                  "mongo": { "command": "npx", "args": ["-y", "mongodb-mcp-server@0.1.1", "--read-only"] }
                } }
                """);
            var scan = ConfigScanner.ScanWithDocuments(new ScanRequest(new[] { new ConfigFile(path, McpGuard.Model.ConfigFormat.Get("gemini")) }, [], SeverityOptions.Default));
            var rows = InventoryBuilder.Build(scan, directory).Select(e => $"{e.Server}:{e.ReadOnly?.ToString() ?? "-"}").ToList();

            // MongoDB's own switch is --readOnly (MDB_MCP_READ_ONLY): a generic --read-only is not taken for it.
            CollectionAssert.AreEqual(new[] { "db:True", "db-env:True", "db-write:-", "gh-tools:True", "mongo:False" }, rows);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [TestMethod]
    public void LauncherModel_IsWhatTheInventoryShows()
    {
        var directory = Path.Combine(Path.GetTempPath(), "mcpguard-inventory-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var path = Path.Combine(directory, ".mcp.json");
            File.WriteAllText(path, """
                { "mcpServers": {
                  "image": { "command": "docker", "args": ["run", "-i", "--rm", "mcp/fetch:1.0"] },
                  "git": { "command": "uvx", "args": ["--from", "git+https://github.com/org/tool", "tool"] },
                  "deno": { "command": "deno", "args": ["run", "-A", "jsr:@scope/pkg@1.2.3"] },
                  "nuget": { "command": "cmd", "args": ["/c", "dnx", "Contoso.Mcp@1.0.0", "--yes"] },
                  "go": { "command": "go", "args": ["run", "github.com/org/mcp/cmd/server@latest"] },
                  "wsl": { "command": "wsl.exe", "args": ["-e", "npx", "-y", "some-mcp@1.0.0"] }
                } }
                """);
            var registry = Path.Combine(directory, ".mcp", "server.json");
            Directory.CreateDirectory(Path.GetDirectoryName(registry)!);
            File.WriteAllText(registry, """
                { "name": "io.github.contoso/mcp", "packages": [ { "registryType": "npm", "identifier": "@contoso/mcp", "version": "latest" } ] }
                """);
            var files = new[] { new ConfigFile(path, McpGuard.Model.ConfigFormat.ClaudeProject), new ConfigFile(registry, McpGuard.Model.ConfigFormat.Get("registry")) };
            var scan = ConfigScanner.ScanWithDocuments(new ScanRequest(files, [], SeverityOptions.Default));
            var rows = InventoryBuilder.Build(scan, directory).Select(e => $"{e.Server}:{e.Launcher}:{e.Ecosystem}:{e.Package}:{e.Version}:{e.Pinned}:{e.Source}").ToList();
            CollectionAssert.AreEqual(
                new[]
                {
                    "image:docker:Oci:mcp/fetch:1.0:False:",
                    "git:uvx:PyPI:git+https://github.com/org/tool::False:git",
                    "deno:deno:Jsr:@scope/pkg:1.2.3:True:",
                    "nuget:dnx:NuGet:Contoso.Mcp:1.0.0:True:",
                    "go:go:Go:github.com/org/mcp/cmd/server:latest:False:",
                    "wsl:npx:Npm:some-mcp:1.0.0:True:",
                    "@contoso/mcp::Npm:@contoso/mcp:latest:False:",
                },
                rows);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [TestMethod]
    public void UserScopeFile_SeparatesUserAndLocalServers()
    {
        var home = Path.Combine(Path.GetTempPath(), "mcpguard-inventory-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(home);
        try
        {
            var path = Path.Combine(home, ".claude.json");
            File.WriteAllText(path, """{ "mcpServers": { "u": { "url": "https://u.example.com/mcp" } }, "projects": { "/repo": { "mcpServers": { "l": { "command": "node" } } } } }""");
            var scan = ConfigScanner.ScanWithDocuments(new ScanRequest(new[] { new ConfigFile(path, McpGuard.Model.ConfigFormat.ClaudeUser) }, [], SeverityOptions.Default));
            var scopes = InventoryBuilder.Build(scan, "/repo").Select(e => $"{e.Server}:{e.Scope}:{e.Transport}:{e.Host ?? e.Launcher}").ToList();
            CollectionAssert.AreEqual(new[] { "u:user:http:u.example.com", "l:local:stdio:node" }, scopes);
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }
}
