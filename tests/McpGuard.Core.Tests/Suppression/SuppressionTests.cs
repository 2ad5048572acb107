using System.Linq;
using McpGuard.Rules;
using McpGuard.Scanning;
using McpGuard.Suppression;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Suppression;

[TestClass]
public sealed class SuppressionTests
{
    [TestMethod]
    public void Findings_CarryTheJsonPathAndServerOfTheReportedNode()
    {
        using var fixture = new ScanFixture();
        var findings = ConfigScanner.Run(fixture.Request()).Findings;

        CollectionAssert.AreEqual(
            new[]
            {
                "MCPG609 github mcpServers.github",
                "MCPG101 github mcpServers.github.env.GITHUB_TOKEN",
                "MCPG201 browser mcpServers.browser.args[1]",
                "MCPG201 files mcpServers.files.args[1]",
                "MCPG401 remote mcpServers.remote.url",
            },
            findings.Select(f => $"{f.RuleId} {f.Server} {f.JsonPath}").ToList());
    }

    [TestMethod]
    public void ItemWithServer_SuppressesExactlyThatFinding()
    {
        using var fixture = new ScanFixture();
        var result = ConfigScanner.Run(fixture.Request(null, new SuppressionEntry("MCPG201", ".mcp.json", "browser", justification: "Playwright tracks its own releases")));

        var suppressed = result.Suppressed.Single();
        Assert.AreEqual("browser", suppressed.Server);
        Assert.AreEqual("Playwright tracks its own releases", suppressed.Justification);
        CollectionAssert.AreEqual(new[] { "MCPG609", "MCPG101", "MCPG201", "MCPG401" }, result.Reported.Select(f => f.RuleId).ToList());
        Assert.AreEqual("files", result.Reported[2].Server);
    }

    [TestMethod]
    public void ItemWithJsonPathOrOtherFile_MatchesOnlyWhatItNames()
    {
        using var fixture = new ScanFixture();
        var byPath = ConfigScanner.Run(fixture.Request(null, new SuppressionEntry("MCPG201", jsonPath: "mcpServers.files.args[1]", justification: "j")));
        Assert.AreEqual("files", byPath.Suppressed.Single().Server);

        var otherFile = ConfigScanner.Run(fixture.Request(null, new SuppressionEntry("MCPG201", "sub/.mcp.json", justification: "j")));
        Assert.IsEmpty(otherFile.Suppressed);
        Assert.AreEqual("MCPG011", otherFile.Reported.Last().RuleId);
    }

    [TestMethod]
    public void List_RoundTripsAnyText()
    {
        var entry = new SuppressionEntry("MCPG201", "dir with space/.mcp.json", "a|b>c", "x.y[0]", "Reviewed; see #12 | 100% ok > fine", "/repo/Directory.Build.props");
        var parsed = SuppressionEntry.ParseList(entry.Serialize() + "|" + new SuppressionEntry("MCPG401").Serialize()).ToList();

        Assert.HasCount(2, parsed);
        Assert.AreEqual(entry.Serialize(), parsed[0].Serialize());
        Assert.AreEqual("Reviewed; see #12 | 100% ok > fine", parsed[0].Justification);
        Assert.AreEqual("a|b>c", parsed[0].Server);
        Assert.IsNull(parsed[1].File);
        Assert.IsNull(parsed[1].Justification);
    }

    [TestMethod]
    public void Cache_KeepsSuppressionState()
    {
        using var fixture = new ScanFixture();
        var request = fixture.Request(null, new SuppressionEntry("MCPG401", justification: "lab endpoint"));
        var cacheFolder = System.IO.Path.Combine(fixture.Root, "cache");

        var first = ScanCache.RunCached(request, cacheFolder, new McpGuard.Severity.EditorConfigLocator(), out var replayedFirst);
        var second = ScanCache.RunCached(request, cacheFolder, new McpGuard.Severity.EditorConfigLocator(), out var replayedSecond);

        Assert.IsFalse(replayedFirst);
        Assert.IsTrue(replayedSecond);
        CollectionAssert.AreEqual(
            first.Findings.Select(f => $"{f} {f.JsonPath} {f.Server} {f.Suppression} {f.Justification}").ToList(),
            second.Findings.Select(f => $"{f} {f.JsonPath} {f.Server} {f.Suppression} {f.Justification}").ToList());
        Assert.AreEqual("lab endpoint", second.Suppressed.Single().Justification);

        var changed = fixture.Request(null, new SuppressionEntry("MCPG401", justification: "other reason"));
        ScanCache.RunCached(changed, cacheFolder, new McpGuard.Severity.EditorConfigLocator(), out var replayedChanged);
        Assert.IsFalse(replayedChanged, "a changed suppression is a new input");
        Assert.AreEqual(RuleSeverity.Error, first.Reported.Single(f => f.RuleId == "MCPG101").Severity);
    }
}
