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

    [TestMethod]
    public void Discover_WalksAJavaScriptWorkspacesPackagesFolder_AndSkipsToolOutputOnlyWhenItIsOutput()
    {
        var root = TestPaths.CreateTemporaryDirectory();
        try
        {
            // A .NET repository with a pnpm/npm workspace: packages/* is source, each package with its own configuration.
            Write(root, "McpGuardDemo.sln", string.Empty);
            Write(root, "src/Api/Api.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
            Write(root, "src/Api/bin/Debug/net8.0/.mcp.json");
            Write(root, "src/Api/obj/project.assets.json");
            Write(root, "src/Api/obj/.mcp.json");
            Write(root, "web/package.json", "{ \"private\": true, \"workspaces\": [\"packages/*\"] }");
            Write(root, "web/pnpm-workspace.yaml", "packages:\n  - 'packages/*'\n");
            Write(root, "web/packages/app/package.json", "{ \"name\": \"app\" }");
            Write(root, "web/packages/app/.mcp.json");
            Write(root, "web/packages/app/.cursor/mcp.json");
            Write(root, "web/packages/ui/.vscode/mcp.json");
            Write(root, "web/packages/ui/node_modules/dep/.mcp.json");
            Write(root, "web/packages/cli/bin/run.js", "#!/usr/bin/env node");
            Write(root, "web/packages/cli/bin/.mcp.json");

            // NuGet's packages.config restore folder, a global-packages cache and a virtual environment are output.
            Write(root, "packages/repositories.config", "<repositories />");
            Write(root, "packages/Newtonsoft.Json.13.0.3/Newtonsoft.Json.13.0.3.nupkg", string.Empty);
            Write(root, "packages/Newtonsoft.Json.13.0.3/.mcp.json");
            Write(root, "tools/packages/contoso.mcp/1.0.0/.nupkg.metadata", "{}");
            Write(root, "tools/packages/contoso.mcp/1.0.0/.mcp/server.json", "{ \"packages\": [] }");
            Write(root, "py/.venv/pyvenv.cfg", "home = /usr/bin");
            Write(root, "py/.venv/lib/site/.mcp.json");
            Write(root, "py/venv/.mcp.json");

            var found = ConfigDiscovery.Discover(root.FullName)
                .Select(f => Path.GetRelativePath(root.FullName, f.Path).Replace('\\', '/') + " " + f.Format.Id)
                .ToList();

            CollectionAssert.AreEqual(
                new[]
                {
                    "py/venv/.mcp.json claude",
                    "web/packages/app/.cursor/mcp.json cursor",
                    "web/packages/app/.mcp.json claude",
                    "web/packages/cli/bin/.mcp.json claude",
                    "web/packages/ui/.vscode/mcp.json vscode",
                },
                found);
        }
        finally
        {
            TestPaths.DeleteQuietly(root);
        }
    }

    [TestMethod]
    public void Discover_LeavesArtifactsAndDistToTheRootGitIgnore()
    {
        var root = TestPaths.CreateTemporaryDirectory();
        try
        {
            Write(root, "artifacts/bin/App/debug/.mcp.json");
            Write(root, "dist/.mcp.json");
            Write(root, "examples/artifacts/.mcp.json");
            Write(root, ".idea/.mcp.json");
            var before = ConfigDiscovery.Discover(root.FullName).Select(f => Path.GetRelativePath(root.FullName, f.Path).Replace('\\', '/')).ToList();
            CollectionAssert.AreEqual(new[] { ".idea/.mcp.json", "artifacts/bin/App/debug/.mcp.json", "dist/.mcp.json", "examples/artifacts/.mcp.json" }, before);

            Write(root, ".gitignore", "/artifacts/\ndist/\n.idea/\n");
            var after = ConfigDiscovery.Discover(root.FullName).Select(f => Path.GetRelativePath(root.FullName, f.Path).Replace('\\', '/')).ToList();
            CollectionAssert.AreEqual(new[] { "examples/artifacts/.mcp.json" }, after);
        }
        finally
        {
            TestPaths.DeleteQuietly(root);
        }
    }

    private static void Write(DirectoryInfo root, string relativePath, string text = "{}")
    {
        var path = Path.Combine(root.FullName, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
