using System.Linq;
using McpGuard.Model;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class NameOnlyDefinedServersRuleTests
{
    [TestMethod]
    public void ApprovalOfAnUndefinedServer_IsReportedAtTheEntry()
    {
        var project = ConfigChecker.CheckFile("/repo/.mcp.json", ConfigFormat.ClaudeProject, """{ "mcpServers": { "github": { "command": "x" } } }""");
        var settings = ConfigChecker.CheckFile("/repo/.claude/settings.local.json", ConfigFormat.ClaudeSettings, """
            {
              "enabledMcpjsonServers": ["github", "playwright"],
              "disabledMcpjsonServers": ["old-db"]
            }
            """);

        var findings = ConfigChecker.CheckRepository(new[] { settings.Document!, project.Document! }).Where(f => f.RuleId == "MCPG611").ToList();

        CollectionAssert.AreEqual(new[] { (1, 38), (2, 29) }, findings.Select(f => (f.Span.Start.Line, f.Span.Start.Column)).ToList());
        Assert.AreEqual("'enabledMcpjsonServers' names server 'playwright', which the project's .mcp.json does not define; remove the entry, or it approves whatever is added under that name later", findings[0].Message);
    }

    [TestMethod]
    public void RealServers_AndProjectsWithoutAnMcpJson_AreSilent()
    {
        var project = ConfigChecker.CheckFile("/repo/.mcp.json", ConfigFormat.ClaudeProject, """{ "mcpServers": { "github": { "command": "x" }, "db": { "command": "y" } } }""");
        var settings = ConfigChecker.CheckFile("/repo/.claude/settings.json", ConfigFormat.ClaudeSettings, """{ "enabledMcpjsonServers": ["github", "db"] }""");
        var lone = ConfigChecker.CheckFile("/other/.claude/settings.json", ConfigFormat.ClaudeSettings, """{ "enabledMcpjsonServers": ["anything"] }""");

        Assert.IsEmpty(ConfigChecker.CheckRepository(new[] { settings.Document!, project.Document!, lone.Document! }));
    }
}
