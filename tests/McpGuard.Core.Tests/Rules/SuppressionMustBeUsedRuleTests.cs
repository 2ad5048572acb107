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
    public void SuppressionMatchingNothing_ReportsMcpg011()
    {
        using var fixture = new ScanFixture();
        var unused = new SuppressionEntry("MCPG201", server: "gone", justification: "old server", definedIn: fixture.ProjectPath);
        var result = ConfigScanner.Run(fixture.Request(null, unused));

        var notice = result.Reported.Single(f => f.RuleId == "MCPG011");
        Assert.AreEqual(RuleSeverity.Info, notice.Severity);
        Assert.AreEqual(fixture.ProjectPath, notice.Path);
        Assert.AreEqual("McpGuardSuppress 'MCPG201' (Server='gone') matches no finding; remove it so the list keeps only accepted risks", notice.Message);
        Assert.IsEmpty(result.Suppressed);
    }

    [TestMethod]
    public void SuppressionMatchingAFindingDroppedByNoWarn_IsStillUsed_SoMcpg011IsSilent()
    {
        using var fixture = new ScanFixture();
        var options = new McpGuard.Severity.SeverityOptions(new[] { "MCPG401" }, [], [], false);
        var result = ConfigScanner.Run(fixture.Request(options, new SuppressionEntry("MCPG401", justification: "lab", definedIn: fixture.ProjectPath)));

        Assert.IsFalse(result.Findings.Any(f => f.RuleId is "MCPG011" or "MCPG401"), string.Join("\n", result.Findings));
    }

    [TestMethod]
    public void BaselineEntryMatchingNothing_ReportsMcpg011AtTheBaseline()
    {
        using var fixture = new ScanFixture();
        var baselinePath = Path.Combine(fixture.Root, Baseline.DefaultFileName);
        File.WriteAllText(baselinePath, new Baseline(new[] { new BaselineEntry("MCPG102", ".mcp.json", "mcpServers.old.env.API_KEY") }).ToJson());

        var result = ConfigScanner.Run(fixture.Request());

        var notice = result.Reported.Single(f => f.RuleId == "MCPG011");
        Assert.AreEqual(baselinePath, notice.Path);
        Assert.AreEqual("Baseline entry 'MCPG102' in '.mcp.json' at 'mcpServers.old.env.API_KEY' (regenerate the baseline with -t:McpGuardBaseline) matches no finding; remove it so the list keeps only accepted risks", notice.Message);
    }
}
