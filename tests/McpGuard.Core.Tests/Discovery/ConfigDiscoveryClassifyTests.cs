using System.IO;
using System.Linq;
using McpGuard.Core.Tests.Infrastructure;
using McpGuard.Discovery;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Discovery;

/// <summary><see cref="ConfigDiscovery.Classify"/> (mcpguard --files, --staged) decides every file as <see cref="ConfigDiscovery.Discover"/> does.</summary>
[TestClass]
public sealed class ConfigDiscoveryClassifyTests
{
    private static readonly (string Path, string Text)[] s_tree =
    {
        (".mcp.json", "{}"), ("services/api/.mcp.json", "{}"), (".claude/settings.json", "{}"), (".vscode/mcp.json", "{}"),
        (".vscode/settings.json", "{ \"editor.tabSize\": 2 }"), ("web/.vscode/settings.json", "{ \"mcp\": { \"servers\": {} } }"),
        ("docs/mcp.json", "{}"), ("node_modules/pkg/.mcp.json", "{}"), ("src/App/obj/.mcp.json", "{}"), (".codex/config.toml", string.Empty),
        (".continue/mcpServers/db.yaml", string.Empty), ("server.json", "{ \"packages\": [] }"), ("api/server.json", "{ \"packages\": [] }"),
        ("web/server.json", "{ \"name\": \"not a registry entry\" }"), ("settings.json", "{}"),
        (".gitignore", "dist/\n/coverage\nlogs/*\n!logs/keep/\n"), ("dist/.mcp.json", "{}"), ("web/dist/.mcp.json", "{}"),
        ("coverage/.mcp.json", "{}"), ("web/coverage/.mcp.json", "{}"), ("logs/keep/.mcp.json", "{}"),
        ("packages/Newtonsoft.Json.13.0.3/Newtonsoft.Json.13.0.3.nupkg", string.Empty), ("packages/Newtonsoft.Json.13.0.3/.mcp.json", "{}"),
        ("web/packages/app/.mcp.json", "{}"), ("py/.venv/pyvenv.cfg", "home = /usr/bin"), ("py/.venv/lib/.mcp.json", "{}"),
        ("py/venv/.mcp.json", "{}"), ("README.md", "# readme"),
    };

    [TestMethod]
    public void Classify_AgreesWithDiscover_OnEveryFileOfATree()
    {
        var root = TestPaths.CreateTemporaryDirectory();
        try
        {
            foreach (var (path, text) in s_tree)
            {
                var full = Path.Combine(root.FullName, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, text);
            }

            var discovered = ConfigDiscovery.Discover(root.FullName).Select(f => f.Path + " " + f.Format.Id).ToList();
            var classified = Directory.EnumerateFiles(root.FullName, "*", SearchOption.AllDirectories)
                .Select(path => ConfigDiscovery.Classify(root.FullName, path))
                .Where(config => config is not null)
                .Select(config => config!.Path + " " + config.Format.Id)
                .OrderBy(line => line, System.StringComparer.Ordinal)
                .ToList();

            Assert.HasCount(12, discovered);
            CollectionAssert.AreEqual(discovered, classified);
        }
        finally
        {
            TestPaths.DeleteQuietly(root);
        }
    }

    [TestMethod]
    public void Classify_TestsRequiredKeysOnTheTextGiven_AndJudgesOutsideFilesByName()
    {
        var root = TestPaths.CreateTemporaryDirectory();
        var outside = TestPaths.CreateTemporaryDirectory();
        try
        {
            var server = Path.Combine(root.FullName, "server.json");
            File.WriteAllText(server, "{ \"name\": \"x\" }");
            Assert.IsNull(ConfigDiscovery.Classify(root.FullName, server));
            Assert.AreEqual("registry", ConfigDiscovery.Classify(root.FullName, server, _ => "{ \"remotes\": [] }")!.Format.Id);

            var cursor = Path.Combine(outside.FullName, ".cursor", "mcp.json");
            Assert.AreEqual("cursor", ConfigDiscovery.Classify(root.FullName, cursor)!.Format.Id);
            Assert.IsNull(ConfigDiscovery.Classify(root.FullName, Path.Combine(outside.FullName, "notes.json")));
        }
        finally
        {
            TestPaths.DeleteQuietly(root);
            TestPaths.DeleteQuietly(outside);
        }
    }

    [TestMethod]
    public void FindRepositoryRoot_IsTheNearestFolderWithGit_FolderOrFile()
    {
        var root = TestPaths.CreateTemporaryDirectory();
        try
        {
            Directory.CreateDirectory(Path.Combine(root.FullName, ".git"));
            File.WriteAllText(Path.Combine(root.FullName, ".git", "HEAD"), "ref: refs/heads/main\n");
            var worktree = Directory.CreateDirectory(Path.Combine(root.FullName, "wt", "feature"));
            File.WriteAllText(Path.Combine(worktree.FullName, ".git"), "gitdir: ../../.git/worktrees/feature\n");
            var deep = Directory.CreateDirectory(Path.Combine(worktree.FullName, "src", "App"));
            var plain = Directory.CreateDirectory(Path.Combine(root.FullName, "docs"));

            Assert.AreEqual(worktree.FullName, ConfigDiscovery.FindRepositoryRoot(deep.FullName));
            Assert.AreEqual(root.FullName, ConfigDiscovery.FindRepositoryRoot(plain.FullName));
        }
        finally
        {
            TestPaths.DeleteQuietly(root);
        }
    }
}
