using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using McpGuard.Core.Tests.Suppression;
using McpGuard.Reporting;
using McpGuard.Scanning;
using McpGuard.Suppression;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NJsonSchema;

namespace McpGuard.Core.Tests.Reporting;

[TestClass]
public sealed class SarifLogTests
{
    private static readonly Lazy<JsonSchema> s_schema = new(() =>
        JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "sarif", "sarif-2.1.0-rtm.5.json")).GetAwaiter().GetResult());

    [TestMethod]
    public void Log_IsSchemaValid_WithRegionsRulesAndSuppressions_AndNoSecret()
    {
        using var fixture = new ScanFixture();
        var request = fixture.Request(
            null,
            new SuppressionEntry("MCPG201", ".mcp.json", "browser", justification: "Playwright is updated weekly on purpose"),
            new SuppressionEntry("MCPG102", server: "gone", justification: "old", definedIn: fixture.ProjectPath));
        var text = SarifLog.ToJson(ConfigScanner.Run(request), fixture.Root, baselineInUse: false);

        var errors = s_schema.Value.Validate(text);
        Assert.IsEmpty(errors, string.Join("\n", errors.Select(e => e.ToString())) + "\n" + text);
        Assert.DoesNotContain(fixture.Token.Substring(4, 12), text);

        using var log = JsonDocument.Parse(text);
        var run = log.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        var mcp101 = rules.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "MCPG101");
        Assert.AreEqual("KnownCredentialFormat", mcp101.GetProperty("name").GetString());
        Assert.AreEqual("https://github.com/mcpguard/McpGuard.Build/blob/main/docs/rules/MCPG101.md", mcp101.GetProperty("helpUri").GetString());
        Assert.AreEqual("error", mcp101.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.AreEqual("8.0", mcp101.GetProperty("properties").GetProperty("security-severity").GetString());
        CollectionAssert.AreEqual(new[] { "security", "Credentials" }, mcp101.GetProperty("properties").GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ToList());
        var mcp201 = rules.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "MCPG201");
        Assert.AreEqual("5.0", mcp201.GetProperty("properties").GetProperty("security-severity").GetString());
        var mcp011 = rules.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "MCPG011");
        Assert.IsFalse(mcp011.GetProperty("properties").TryGetProperty("security-severity", out _), "McpGuard's own input is not a security alert");

        var results = run.GetProperty("results").EnumerateArray().ToList();
        CollectionAssert.AreEqual(
            new[] { "MCPG609 warning", "MCPG101 error", "MCPG201 warning", "MCPG201 warning", "MCPG401 warning", "MCPG011 note" },
            results.Select(r => r.GetProperty("ruleId").GetString() + " " + r.GetProperty("level").GetString()).ToList());
        var token = results[1].GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.AreEqual(".mcp.json", token.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.AreEqual("%SRCROOT%", token.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        var region = token.GetProperty("region");
        // Line 6: 6 spaces, "env" 7-11, ": { " to 15, "GITHUB_TOKEN" 16-29, ": " → the token string opens at 32; 40 + 2 quotes → 74.
        Assert.AreEqual("6 32 6 74", $"{region.GetProperty("startLine")} {region.GetProperty("startColumn")} {region.GetProperty("endLine")} {region.GetProperty("endColumn")}");
        var browser = results[2];
        Assert.AreEqual("Playwright is updated weekly on purpose", browser.GetProperty("suppressions")[0].GetProperty("justification").GetString());
        Assert.AreEqual("browser", browser.GetProperty("properties").GetProperty("server").GetString());
        Assert.IsFalse(results[3].TryGetProperty("suppressions", out _));
        Assert.IsFalse(results[5].GetProperty("locations")[0].GetProperty("physicalLocation").TryGetProperty("region", out _));
    }

    [TestMethod]
    public void Log_WithBaseline_MarksUnchangedAndNew()
    {
        using var fixture = new ScanFixture();
        var request = fixture.Request();
        File.WriteAllText(request.BaselineFile!, new Baseline(new[] { new BaselineEntry("MCPG401", ".mcp.json", "mcpServers.remote.url") }).ToJson());
        var text = SarifLog.ToJson(ConfigScanner.Run(request), fixture.Root, baselineInUse: true);

        Assert.IsEmpty(s_schema.Value.Validate(text));
        using var log = JsonDocument.Parse(text);
        var states = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("ruleId").GetString() + " " + r.GetProperty("baselineState").GetString()).ToList();
        CollectionAssert.AreEqual(new[] { "MCPG609 new", "MCPG101 new", "MCPG201 new", "MCPG201 new", "MCPG401 unchanged" }, states);
        Assert.AreEqual(text, SarifLog.ToJson(ConfigScanner.Run(request), fixture.Root, baselineInUse: true), "deterministic");
    }
}
