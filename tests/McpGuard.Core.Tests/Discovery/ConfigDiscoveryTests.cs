using System.IO;
using System.Linq;
using McpGuard.Core.Tests.Infrastructure;
using McpGuard.Discovery;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Discovery;

[TestClass]
public sealed class ConfigDiscoveryTests
{
    [TestMethod]
    public void Discover_FindsKnownFilesAnywhere_AndSkipsHeavyFolders()
    {
        var root = TestPaths.CreateTemporaryDirectory();
        try
        {
            Write(root, ".mcp.json");
            Write(root, "services/api/.mcp.json");
            Write(root, ".claude/settings.json");
            Write(root, ".claude/settings.local.json");
            Write(root, ".vscode/mcp.json");
            Write(root, ".cursor/mcp.json");
            Write(root, ".vscode/settings.json");
            Write(root, "docs/mcp.json");
            Write(root, "node_modules/pkg/.mcp.json");
            Write(root, "src/App/bin/Debug/.mcp.json");
            Write(root, "src/App/obj/.mcp.json");
            Write(root, ".git/.mcp.json");

            var found = ConfigDiscovery.Discover(root.FullName)
                .Select(f => Path.GetRelativePath(root.FullName, f.Path).Replace('\\', '/') + " " + f.Format.Id)
                .ToList();

            CollectionAssert.AreEqual(
                new[]
                {
                    ".claude/settings.json claude-settings",
                    ".claude/settings.local.json claude-settings",
                    ".cursor/mcp.json cursor",
                    ".mcp.json claude",
                    ".vscode/mcp.json vscode",
                    "services/api/.mcp.json claude",
                },
                found);
        }
        finally
        {
            TestPaths.DeleteQuietly(root);
        }
    }

    [TestMethod]
    public void Discover_FindsEveryClient_AndRespectsGenericNamesAndGitIgnoredFolders()
    {
        var root = TestPaths.CreateTemporaryDirectory();
        try
        {
            Write(root, ".gemini/settings.json");
            Write(root, ".codex/config.toml");
            Write(root, ".kiro/settings/mcp.json");
            Write(root, ".junie/mcp/mcp.json");
            Write(root, ".continue/mcpServers/db.yaml");
            Write(root, "tools/claude_desktop_config.json");
            Write(root, ".mcp/server.json");
            Write(root, ".vscode/settings.json", "{ \"editor.tabSize\": 2 }");
            Write(root, "web/.vscode/settings.json", "{ \"mcp\": { \"servers\": {} } }");
            Write(root, "server.json", "{ \"packages\": [] }");
            Write(root, "api/server.json", "{ \"packages\": [] }");
            Write(root, "settings.json");
            Write(root, ".gitignore", "# build output\ndist/\n/coverage\nlogs/*\n!logs/keep/\n");
            Write(root, "dist/.mcp.json");
            Write(root, "web/dist/.mcp.json");
            Write(root, "coverage/.mcp.json");
            Write(root, "web/coverage/.mcp.json");
            Write(root, "logs/keep/.mcp.json");

            var found = ConfigDiscovery.Discover(root.FullName)
                .Select(f => Path.GetRelativePath(root.FullName, f.Path).Replace('\\', '/') + " " + f.Format.Id)
                .ToList();

            CollectionAssert.AreEqual(
                new[]
                {
                    ".codex/config.toml codex",
                    ".continue/mcpServers/db.yaml continue",
                    ".gemini/settings.json gemini",
                    ".junie/mcp/mcp.json junie",
                    ".kiro/settings/mcp.json kiro",
                    ".mcp/server.json registry",
                    "logs/keep/.mcp.json claude",
                    "server.json registry",
                    "tools/claude_desktop_config.json claude-desktop",
                    "web/.vscode/settings.json vscode-settings",
                    "web/coverage/.mcp.json claude",
                },
                found);
        }
        finally
        {
            TestPaths.DeleteQuietly(root);
        }
    }

    [TestMethod]
    public void Discover_DoesNotFollowSymbolicLinks()
    {
        var root = TestPaths.CreateTemporaryDirectory();
        var outside = TestPaths.CreateTemporaryDirectory();
        try
        {
            Write(outside, ".mcp.json");
            Directory.CreateSymbolicLink(Path.Combine(root.FullName, "linked"), outside.FullName);
            Directory.CreateSymbolicLink(Path.Combine(root.FullName, "loop"), root.FullName);

            Assert.IsEmpty(ConfigDiscovery.Discover(root.FullName));
        }
        finally
        {
            TestPaths.DeleteQuietly(root);
            TestPaths.DeleteQuietly(outside);
        }
    }

    [TestMethod]
    public void DiscoverUserFiles_FindsClaudeUserFiles()
    {
        var home = TestPaths.CreateTemporaryDirectory();
        try
        {
            Write(home, ".claude.json");
            Write(home, ".claude/settings.json");
            var found = ConfigDiscovery.DiscoverUserFiles(home.FullName).Select(f => Path.GetFileName(f.Path) + " " + f.Format.Id).ToList();
            CollectionAssert.AreEqual(new[] { ".claude.json claude-user", "settings.json claude-settings" }, found);
        }
        finally
        {
            TestPaths.DeleteQuietly(home);
        }
    }

    private static void Write(DirectoryInfo root, string relativePath, string text = "{}")
    {
        var path = Path.Combine(root.FullName, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
