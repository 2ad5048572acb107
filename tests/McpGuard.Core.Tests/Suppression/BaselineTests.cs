using System.IO;
using System.Linq;
using McpGuard.Scanning;
using McpGuard.Suppression;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Suppression;

[TestClass]
public sealed class BaselineTests
{
    [TestMethod]
    public void Baseline_ListsRuleFileAndPath_NoLinesNoValues()
    {
        using var fixture = new ScanFixture();
        var baseline = Baseline.From(ConfigScanner.Run(fixture.Request()).Findings, fixture.Root);

        Assert.AreEqual("""
            {
              "$comment": "McpGuard baseline: findings accepted when McpGuard was adopted; only findings not listed here are reported. Regenerate with: dotnet build -t:McpGuardBaseline",
              "version": 1,
              "findings": [
                { "ruleId": "MCPG201", "file": ".mcp.json", "jsonPath": "mcpServers.browser.args[1]" },
                { "ruleId": "MCPG201", "file": ".mcp.json", "jsonPath": "mcpServers.files.args[1]" },
                { "ruleId": "MCPG609", "file": ".mcp.json", "jsonPath": "mcpServers.github" },
                { "ruleId": "MCPG101", "file": ".mcp.json", "jsonPath": "mcpServers.github.env.GITHUB_TOKEN" },
                { "ruleId": "MCPG401", "file": ".mcp.json", "jsonPath": "mcpServers.remote.url" }
              ]
            }

            """.Replace("\r\n", "\n"), baseline.ToJson());
    }

    [TestMethod]
    public void WithBaseline_OnlyNewFindingsAreReported_AndBaselinedOnesAreExposed()
    {
        using var fixture = new ScanFixture();
        var request = fixture.Request();
        File.WriteAllText(request.BaselineFile!, Baseline.From(ConfigScanner.Run(request).Findings, fixture.Root).ToJson());

        // An edit above the findings moves every line; a new secret arrives in a new server.
        File.WriteAllText(fixture.ConfigPath, File.ReadAllText(fixture.ConfigPath)
            .Replace("\"mcpServers\": {", "\"mcpServers\": {\n    \"new\": { \"command\": \"node\", \"args\": [\"s.js\"], \"env\": { \"API_TOKEN\": \"" + fixture.Token + "\" } },"));
        var result = ConfigScanner.Run(request);

        Assert.AreEqual("MCPG101 mcpServers.new.env.API_TOKEN", string.Join("\n", result.Reported.Select(f => $"{f.RuleId} {f.JsonPath}")));
        CollectionAssert.AreEqual(
            new[] { "MCPG609", "MCPG101", "MCPG201", "MCPG201", "MCPG401" },
            result.Baselined.Select(f => f.RuleId).ToList());
        Assert.IsTrue(result.Baselined.All(f => f.Justification == Baseline.Justification));
        Assert.IsNull(result.BaselineProblem);
    }

    [TestMethod]
    public void Inventory_ListsBaselinedFindingsApart()
    {
        using var fixture = new ScanFixture();
        var request = fixture.Request();
        File.WriteAllText(request.BaselineFile!, new Baseline(new[] { new BaselineEntry("MCPG101", ".mcp.json", "mcpServers.github.env.GITHUB_TOKEN") }).ToJson());

        var entries = McpGuard.Inventory.InventoryBuilder.Build(ConfigScanner.ScanWithDocuments(request), fixture.Root);
        var github = entries.Single(e => e.Server == "github");

        Assert.AreEqual("MCPG609:3", string.Join(";", github.Findings.Select(f => f.Key + ":" + string.Join(",", f.Value))));
        Assert.AreEqual("MCPG101:6", string.Join(";", github.BaselinedFindings.Select(f => f.Key + ":" + string.Join(",", f.Value))));
        StringAssert.Contains(McpGuard.Inventory.InventoryWriter.ToJson(entries), "\"baselinedFindings\": {");
        StringAssert.Contains(McpGuard.Inventory.InventoryWriter.ToMarkdown(entries), "MCPG101 (line 6, baselined)");
    }

    [TestMethod]
    public void Read_RoundTrips_AndRejectsOtherFiles()
    {
        using var fixture = new ScanFixture();
        var path = Path.Combine(fixture.Root, "b.json");
        var baseline = new Baseline(new[] { new BaselineEntry("MCPG101", "a \"b\"/.mcp.json", "x.y"), new BaselineEntry("MCPG001", ".mcp.json", string.Empty) });
        File.WriteAllText(path, baseline.ToJson());
        Assert.AreEqual(baseline.ToJson(), Baseline.Read(path).ToJson());

        File.WriteAllText(path, "{ \"findings\": [] }");
        var error = Assert.Throws<InvalidDataException>(() => Baseline.Read(path));
        Assert.AreEqual("expected an object with \"version\": 1 and a \"findings\" array", error.Message);

        File.WriteAllText(fixture.Request().BaselineFile!, "{ nope");
        Assert.AreEqual("not valid JSON at line 1", ConfigScanner.Run(fixture.Request()).BaselineProblem);
    }
}
