using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using McpGuard.Build.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Build.Tests;

/// <summary>
/// One repository with McpGuardSuppress items and McpGuardSarifFile, built twice (the second time replayed from the cache
/// after the SARIF log was deleted): suppressions silence exactly their findings, the log is schema-valid with the right
/// regions and justifications, and no secret reaches it.
/// </summary>
[TestClass]
[DoNotParallelize]
public sealed class SarifSuppressionTests
{
    private const string Justification = "Playwright MCP is updated weekly by the tools team; reviewed in #482 (100% intended)";

    private static readonly string s_token = Fixture.GitHubToken(9);

    private static readonly string s_mcpJson = """
        {
          "mcpServers": {
            "github": { "command": "node", "args": ["server.js"], "env": { "GITHUB_TOKEN": "@@TOKEN@@" } },
            "browser": { "command": "npx", "args": ["-y", "@playwright/mcp@latest"] },
            "files": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem", "."] },
            "remote": { "type": "http", "url": "http://mcp.example.com/mcp" }
          }
        }
        """.Replace("@@TOKEN@@", s_token, StringComparison.Ordinal);

    private static readonly Lazy<Task<Scenario>> s_scenario = new(BuildAsync);

    [TestMethod]
    public async Task SuppressItems_SilenceExactlyTheirFindings()
    {
        var scenario = await s_scenario.Value;
        FindingAssert.AreExactly(scenario.First, scenario.Repository.Root, Expected("MCPG101", "error", '"' + s_token + '"'), Expected("MCPG609", "warning", "\"browser\""), Expected("MCPG201", "warning", "\"@modelcontextprotocol/server-filesystem\""));
        FindingAssert.Failed(scenario.First);
    }

    [TestMethod]
    public async Task SarifLog_IsSchemaValid_WithRegionsJustificationsAndNotices()
    {
        var scenario = await s_scenario.Value;
        var text = SarifAssert.ReadValid(scenario.SarifPath, scenario.First);

        CollectionAssert.AreEqual(
            new[]
            {
                "MCPG101 error " + Region('"' + s_token + '"'),
                "MCPG609 warning " + Region("\"browser\""),
                "MCPG201 warning " + Region("\"@playwright/mcp@latest\"") + " [suppressed: " + Justification + "]",
                "MCPG201 warning " + Region("\"@modelcontextprotocol/server-filesystem\""),
                "MCPG401 warning " + Region("\"http://mcp.example.com/mcp\"") + " [suppressed]",
                "MCPG010 note Lib.csproj",
                "MCPG011 note Lib.csproj",
            },
            SarifAssert.DescribeResults(text),
            text);
        StringAssert.Contains(text, "\"uri\": \"" + new Uri(scenario.Repository.Root + "/").AbsoluteUri + "\"");
        StringAssert.Contains(text, "McpGuardSuppress 'MCPG401' (Server='remote') has no Justification");
        StringAssert.Contains(text, "McpGuardSuppress 'MCPG102' (Server='gone') matches no finding");
        foreach (var window in Fixture.Windows(s_token.Substring(4), 8))
        {
            Assert.DoesNotContain(window, text, "the SARIF log holds part of the token");
        }
    }

    [TestMethod]
    public async Task NothingChanged_ReplaysTheSameLines_AndRewritesTheSameSarifLog()
    {
        var scenario = await s_scenario.Value;
        CollectionAssert.AreEqual(
            scenario.First.Findings.Select(f => f.Text).ToList(),
            scenario.Second.Findings.Select(f => f.Text).ToList(),
            scenario.Second.Describe());
        Assert.AreEqual(scenario.FirstSarif, SarifAssert.ReadValid(scenario.SarifPath, scenario.Second));
        Assert.HasCount(1, scenario.Repository.GetCacheFiles(), "the second build replayed the first build's cache");
    }

    private static string Region(string needle)
    {
        var (line, column, endColumn) = Fixture.Locate(s_mcpJson, needle);
        return $".mcp.json({line},{column},{line},{endColumn})";
    }

    private static ExpectedFinding Expected(string code, string severity, string needle)
    {
        var (line, column, endColumn) = Fixture.Locate(s_mcpJson, needle);
        return new ExpectedFinding(".mcp.json", line, column, line, endColumn, severity, code);
    }

    private static async Task<Scenario> BuildAsync()
    {
        var repository = await TestRepository.CreateAsync("sarif-suppress");
        repository.WriteFile(".mcp.json", s_mcpJson);
        repository.WriteProject("src/Lib/Lib.csproj", properties: "<McpGuardSarifFile>artifacts/mcpguard.sarif</McpGuardSarifFile>", items: $"""
            <McpGuardSuppress Include="MCPG201" File=".mcp.json" Server="browser" Justification="{Justification}" />
            <McpGuardSuppress Include="MCPG401" Server="remote" />
            <McpGuardSuppress Include="MCPG102" Server="gone" Justification="the server was removed" />
            """);
        var sarifPath = repository.GetPath("artifacts/mcpguard.sarif");

        var first = await repository.BuildAsync("src/Lib/Lib.csproj");
        var firstSarif = SarifAssert.ReadValid(sarifPath, first);
        File.Delete(sarifPath);
        var second = await repository.BuildAsync("src/Lib/Lib.csproj");
        return new Scenario(repository, sarifPath, first, firstSarif, second);
    }

    private sealed record Scenario(TestRepository Repository, string SarifPath, BuildRun First, string FirstSarif, BuildRun Second);
}
