using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using McpGuard.Build.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Build.Tests;

/// <summary>One console app in src/App referencing the package; a bad .mcp.json at the repository root.</summary>
[TestClass]
[DoNotParallelize]
public sealed class SingleProjectTests
{
    private static readonly string s_token = Fixture.GitHubToken(seed: 20261122);

    private static readonly string s_mcpJson = $$"""
        {
          "mcpServers": {
            "github": {
              "command": "npx",
              "args": ["-y", "@modelcontextprotocol/server-github"],
              "env": {
                "GITHUB_TOKEN": "{{s_token}}"
              }
            }
          }
        }
        """;

    private static TestRepository? s_repository;
    private static BuildRun? s_build;

    private static TestRepository Repository => s_repository ?? throw new InvalidOperationException("ClassInitialize did not run.");

    private static BuildRun Build => s_build ?? throw new InvalidOperationException("ClassInitialize did not run.");

    [ClassInitialize]
    public static async Task BuildOnceAsync(TestContext context)
    {
        s_repository = await TestRepository.CreateAsync("single-project");
        s_repository.WriteFile(".mcp.json", s_mcpJson);
        s_repository.WriteProject("src/App/App.csproj", properties: "<OutputType>Exe</OutputType>");
        s_repository.WriteFile("src/App/Program.cs", """System.Console.WriteLine("Hello");""");
        s_build = await s_repository.BuildAsync("src/App/App.csproj");
    }

    [TestMethod]
    public void Build_UnpinnedPackageAndGitHubToken_ReportsMcpg201AndMcpg101Once()
    {
        // Line 5: 6 spaces, "args" (7-12), ':' 13, ' ' 14, '[' 15, "-y" (16-19), ',' 20, ' ' 21 → the package string
        // opens at 22 and its 37 characters end before 59. Line 7: 8 spaces, "GITHUB_TOKEN" (9-22), ':' 23, ' ' 24 →
        // the token string opens at 25; 40 characters + 2 quotes end before 67.
        Fixture.AssertAt(s_mcpJson, 5, 22, "\"@modelcontextprotocol/server-github\"]");
        Fixture.AssertAt(s_mcpJson, 7, 25, "\"ghp_");

        FindingAssert.AreExactly(
            Build,
            Repository.Root,
            ExpectedFinding.Warning("MCPG201", ".mcp.json", 5, 22, 59),
            ExpectedFinding.Error("MCPG101", ".mcp.json", 7, 25, 67));
        FindingAssert.Failed(Build);
    }

    [TestMethod]
    public void Build_UnpinnedPackageAndGitHubToken_SummaryRepeatsEachFindingOnce()
    {
        // The parser's split of log proper and summary: MSBuild repeats every line once after "Build FAILED.".
        Assert.IsTrue(Build.Log.HasSummary, Build.Describe());
        var logged = Build.Findings.Select(f => f.Text).OrderBy(t => t, StringComparer.Ordinal).ToList();
        var summary = Build.Log.SummaryDiagnostics.Where(d => d.Code.StartsWith("MCPG", StringComparison.Ordinal)).Select(f => f.Text).OrderBy(t => t, StringComparer.Ordinal).ToList();
        CollectionAssert.AreEqual(logged, summary, Build.Describe());
    }

    [TestMethod]
    public void Build_GitHubToken_TokenAppearsNowhereInOutput()
    {
        var output = Build.Process.AllOutput;
        var randomPart = s_token["ghp_".Length..];
        Assert.DoesNotContain(s_token, output, Build.Describe());
        Assert.DoesNotContain(randomPart, output, Build.Describe());
        foreach (var window in Fixture.Windows(randomPart, 8))
        {
            Assert.DoesNotContain(window, output, $"8 characters of the token ('{window}') leaked.\n\n{Build.Describe()}");
        }

        // The message names the token by its documented prefix only.
        var finding = FindingAssert.Single(Build, Repository.Root, ".mcp.json", "MCPG101");
        Assert.Contains("GitHub personal access token", finding.Message, Build.Describe());
        Assert.Contains("ghp_", finding.Message, Build.Describe());
    }

    [TestMethod]
    public void Build_GitHubToken_TokenAppearsNowhereInCache()
    {
        var files = Repository.GetCacheFiles();
        Assert.IsNotEmpty(files, $"McpGuard wrote no cache under {Repository.CacheDirectory}.\n\n{Build.Describe()}");
        var randomPart = s_token["ghp_".Length..];
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            foreach (var window in Fixture.Windows(randomPart, 8))
            {
                Assert.DoesNotContain(window, text, $"8 characters of the token ('{window}') leaked into {file}.");
            }
        }
    }
}
