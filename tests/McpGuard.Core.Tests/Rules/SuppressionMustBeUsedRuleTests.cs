using System.IO;
using System.Linq;
using McpGuard.Core.Tests.Suppression;
using McpGuard.Rules;
using McpGuard.Scanning;
using McpGuard.Suppression;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class SuppressionMustBeUsedRuleTests
{
    [TestMethod]
    public void SuppressionMatchingNothing_ReportsMcp011()
    {
        using var fixture = new ScanFixture();
        var unused = new SuppressionEntry("MCP201", server: "gone", justification: "old server", definedIn: fixture.ProjectPath);
        var result = ConfigScanner.Run(fixture.Request(null, unused));

        var notice = result.Reported.Single(f => f.RuleId == "MCP011");
        Assert.AreEqual(RuleSeverity.Info, notice.Severity);
        Assert.AreEqual(fixture.ProjectPath, notice.Path);
        Assert.AreEqual("McpGuardSuppress 'MCP201' (Server='gone') matches no finding; remove it so the list keeps only accepted risks", notice.Message);
        Assert.IsEmpty(result.Suppressed);
    }

    [TestMethod]
    public void SuppressionMatchingAFindingDroppedByNoWarn_IsStillUsed()
    {
        using var fixture = new ScanFixture();
        var options = new McpGuard.Severity.SeverityOptions(new[] { "MCP401" }, [], [], false);
        var result = ConfigScanner.Run(fixture.Request(options, new SuppressionEntry("MCP401", justification: "lab", definedIn: fixture.ProjectPath)));

        Assert.IsFalse(result.Findings.Any(f => f.RuleId is "MCP011" or "MCP401"), string.Join("\n", result.Findings));
    }

    [TestMethod]
    public void BaselineEntryMatchingNothing_ReportsMcp011AtTheBaseline()
    {
        using var fixture = new ScanFixture();
        var baselinePath = Path.Combine(fixture.Root, Baseline.DefaultFileName);
        File.WriteAllText(baselinePath, new Baseline(new[] { new BaselineEntry("MCP102", ".mcp.json", "mcpServers.old.env.API_KEY") }).ToJson());

        var result = ConfigScanner.Run(fixture.Request());

        var notice = result.Reported.Single(f => f.RuleId == "MCP011");
        Assert.AreEqual(baselinePath, notice.Path);
        Assert.AreEqual("Baseline entry 'MCP102' in '.mcp.json' at 'mcpServers.old.env.API_KEY' (regenerate the baseline with -t:McpGuardBaseline) matches no finding; remove it so the list keeps only accepted risks", notice.Message);
    }
}
