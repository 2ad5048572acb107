using System.Linq;
using McpGuard.Core.Tests.Suppression;
using McpGuard.Rules;
using McpGuard.Scanning;
using McpGuard.Suppression;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class SuppressionNeedsJustificationRuleTests
{
    [TestMethod]
    public void SuppressionWithoutJustification_ReportsMcpg010AtTheDeclaringProject_AndStillSuppresses()
    {
        using var fixture = new ScanFixture();
        var result = ConfigScanner.Run(fixture.Request(null, new SuppressionEntry("MCPG401", ".mcp.json", definedIn: fixture.ProjectPath)));

        var notice = result.Reported.Single(f => f.RuleId == "MCPG010");
        Assert.AreEqual(RuleSeverity.Info, notice.Severity);
        Assert.AreEqual(fixture.ProjectPath, notice.Path);
        Assert.AreEqual(0, notice.Line);
        Assert.AreEqual("McpGuardSuppress 'MCPG401' (File='.mcp.json') has no Justification; say why the finding is accepted (Justification=\"…\") so reviewers and the SARIF log can tell", notice.Message);
        var suppressed = result.Suppressed.Single();
        Assert.AreEqual("MCPG401", suppressed.RuleId);
        Assert.IsNull(suppressed.Justification);
    }

    [TestMethod]
    public void SuppressionWithJustification_ReportsNothing()
    {
        using var fixture = new ScanFixture();
        var result = ConfigScanner.Run(fixture.Request(null, new SuppressionEntry("MCPG401", justification: "internal test endpoint", definedIn: fixture.ProjectPath)));

        Assert.IsFalse(result.Findings.Any(f => f.RuleId is "MCPG010" or "MCPG011"), string.Join("\n", result.Findings));
        Assert.AreEqual("internal test endpoint", result.Suppressed.Single().Justification);
    }
}
