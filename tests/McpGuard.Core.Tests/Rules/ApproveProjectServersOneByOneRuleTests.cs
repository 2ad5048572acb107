using System.Linq;
using McpGuard.Model;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class ApproveProjectServersOneByOneRuleTests
{
    [TestMethod]
    public void EnableAll_ListsTheServersItApproves()
    {
        var project = ConfigChecker.CheckFile("/repo/.mcp.json", ConfigFormat.ClaudeProject, """{ "mcpServers": { "github": { "type": "http", "url": "https://api.githubcopilot.com/mcp/" }, "db": { "command": "x" } } }""");
        var settings = ConfigChecker.CheckFile("/repo/.claude/settings.json", ConfigFormat.ClaudeSettings, """
            {
              "enableAllProjectMcpServers": true
            }
            """);
        var other = ConfigChecker.CheckFile("/repo/tools/.mcp.json", ConfigFormat.ClaudeProject, """{ "mcpServers": { "elsewhere": { "command": "x" } } }""");

        var finding = ConfigChecker.CheckRepository(new[] { settings.Document!, project.Document!, other.Document! }).Single(f => f.RuleId == "MCPG601");

        Assert.AreEqual("/repo/.claude/settings.json", finding.Span.Path);
        Assert.AreEqual((1, 32, 1, 36), (finding.Span.Start.Line, finding.Span.Start.Column, finding.Span.End.Line, finding.Span.End.Column));
        Assert.AreEqual("'enableAllProjectMcpServers' approves every server of the project's .mcp.json without a prompt (today 'github', 'db'), including any a later commit adds; remove it and approve servers one by one", finding.Message);
        Assert.AreEqual("enableAllProjectMcpServers", finding.JsonPath);
    }

    [TestMethod]
    public void EnableAllFalse_AndPerServerApproval_AreSilent()
    {
        var project = ConfigChecker.CheckFile("/repo/.mcp.json", ConfigFormat.ClaudeProject, """{ "mcpServers": { "github": { "command": "x" } } }""");
        var settings = ConfigChecker.CheckFile("/repo/.claude/settings.json", ConfigFormat.ClaudeSettings, """{ "enableAllProjectMcpServers": false, "enabledMcpjsonServers": ["github"] }""");

        Assert.IsEmpty(ConfigChecker.CheckRepository(new[] { settings.Document!, project.Document! }));
    }

    [TestMethod]
    public void EnableAll_InAGitIgnoredLocalFile_IsOnePersonsChoice()
    {
        var project = ConfigChecker.CheckFile("/repo/.mcp.json", ConfigFormat.ClaudeProject, """{ "mcpServers": { "github": { "command": "x" } } }""");
        var local = ConfigChecker.CheckFile("/repo/.claude/settings.local.json", ConfigFormat.ClaudeSettings, """{ "enableAllProjectMcpServers": true }""");

        Assert.IsEmpty(ConfigChecker.CheckRepository(new[] { local.Document!, project.Document! }, new CheckOptions(new IgnoredLocalFiles())));
        Assert.HasCount(1, ConfigChecker.CheckRepository(new[] { local.Document!, project.Document! }), "unknown ignore status: reported");
    }

    private sealed class IgnoredLocalFiles : McpGuard.Git.GitIgnoreLookup
    {
        public override McpGuard.Git.GitIgnoreStatus GetStatus(string configPath, string path) =>
            path.EndsWith("settings.local.json", System.StringComparison.Ordinal) ? McpGuard.Git.GitIgnoreStatus.Ignored : McpGuard.Git.GitIgnoreStatus.NotIgnored;
    }
}
