using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using McpGuard.Build.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Build.Tests;

/// <summary>Builds after the first: nothing changed replays the same findings; a changed input is checked again.</summary>
[TestClass]
[DoNotParallelize]
public sealed class IncrementalBuildTests
{
    private const string McpJson = """
        {
          "mcpServers": {
            "files": {
              "command": "npx",
              "args": ["-y", "@modelcontextprotocol/server-filesystem", "."]
            },
            "remote": {
              "type": "http",
              "url": "http://mcp.example.com/mcp"
            }
          }
        }
        """;

    private static readonly ExpectedFinding s_mcp201 = ExpectedFinding.Warning("MCPG201", ".mcp.json", 5, 22, 63);
    private static readonly ExpectedFinding s_mcp401 = ExpectedFinding.Warning("MCPG401", ".mcp.json", 9, 14, 42);

    [TestMethod]
    public async Task Build_NothingChanged_ReportsTheSameFindings()
    {
        var repository = await CreateRepositoryAsync("incremental-same");

        var first = await repository.BuildAsync("src/Lib/Lib.csproj");
        FindingAssert.AreExactly(first, repository.Root, s_mcp201, s_mcp401);
        FindingAssert.ExitCodeIs(first, 0);
        var cacheFiles = repository.GetCacheFiles();
        Assert.HasCount(1, cacheFiles, $"one scan, one cache file\n\n{first.Describe()}");

        var second = await repository.BuildAsync("src/Lib/Lib.csproj");
        FindingAssert.AreExactly(second, repository.Root, s_mcp201, s_mcp401);
        FindingAssert.ExitCodeIs(second, 0);
        CollectionAssert.AreEqual(
            first.Findings.Select(f => f.Text).OrderBy(t => t, StringComparer.Ordinal).ToList(),
            second.Findings.Select(f => f.Text).OrderBy(t => t, StringComparer.Ordinal).ToList(),
            $"The second build printed other lines.\n\nFIRST\n{first.Describe()}\n\nSECOND\n{second.Describe()}");
        CollectionAssert.AreEqual(cacheFiles.ToList(), repository.GetCacheFiles().ToList(), "the replay reused the first build's cache");
    }

    [TestMethod]
    public async Task Build_ConfigThenEditorConfigChanged_ReportsCurrentFindings()
    {
        var repository = await CreateRepositoryAsync("incremental-changed");
        var first = await repository.BuildAsync("src/Lib/Lib.csproj");
        FindingAssert.AreExactly(first, repository.Root, s_mcp201, s_mcp401);

        // Pin the package: MCPG201 goes away, MCPG401 stays where it was.
        repository.WriteFile(".mcp.json", McpJson.Replace("server-filesystem\"", "server-filesystem@2025.8.21\"", StringComparison.Ordinal));
        var second = await repository.BuildAsync("src/Lib/Lib.csproj");
        FindingAssert.AreExactly(second, repository.Root, s_mcp401);
        FindingAssert.ExitCodeIs(second, 0);

        // Raise MCPG401 in a new .editorconfig: the build fails with it as an error.
        repository.WriteFile(".editorconfig", """
            root = true

            [*.json]
            dotnet_diagnostic.MCPG401.severity = error
            """);
        var third = await repository.BuildAsync("src/Lib/Lib.csproj");
        FindingAssert.AreExactly(third, repository.Root, ExpectedFinding.Error("MCPG401", ".mcp.json", 9, 14, 42));
        FindingAssert.Failed(third);
    }

    /// <summary>
    /// After an upgrade the new release checks again. Prerelease versions of one release (0.1.0-a, 0.1.0-b) share the
    /// AssemblyVersion 0.1.0.0; the cache must still not replay what the older release found. The older release's
    /// findings are simulated by removing MCPG401 from its cache, as a release without that rule would have written it.
    /// </summary>
    [TestMethod]
    public async Task Build_PackageUpgradedWithinOneRelease_ChecksAgain()
    {
        var repository = await CreateRepositoryAsync("incremental-upgrade");
        var first = await repository.BuildAsync("src/Lib/Lib.csproj");
        FindingAssert.AreExactly(first, repository.Root, s_mcp201, s_mcp401);
        var cache = repository.GetCacheFiles().Single();
        var lines = File.ReadAllLines(cache);
        var older = lines.Where(l => !l.StartsWith("MCPG401\t", StringComparison.Ordinal)).ToArray();
        Assert.HasCount(lines.Length - 1, older, $"cache format: {string.Join("\n", lines)}");
        File.WriteAllLines(cache, older);

        var upgrade = await E2EEnvironment.GetUpgradePackageAsync();
        repository.WriteProject("src/Lib/Lib.csproj", version: upgrade.Version);
        var second = await repository.BuildAsync("src/Lib/Lib.csproj");

        FindingAssert.AreExactly(second, repository.Root, s_mcp201, s_mcp401);
        Assert.Contains($"mcpguard.build/{upgrade.Version}/", second.Process.StandardOutput.Replace('\\', '/'), second.Describe());
    }

    private static async Task<TestRepository> CreateRepositoryAsync(string name)
    {
        var repository = await TestRepository.CreateAsync(name);
        repository.WriteFile(".mcp.json", McpJson);
        repository.WriteProject("src/Lib/Lib.csproj");
        repository.WriteFile("src/Lib/Greeter.cs", "namespace Lib; public static class Greeter { public static string Greet() => \"Hello\"; }");
        return repository;
    }
}
