using System.Linq;
using McpGuard.Core.Tests.Infrastructure;
using McpGuard.Model;
using McpGuard.Rules;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class DoNotAutoApproveToolsRuleTests
{
    [TestMethod]
    public void AlwaysAllow_InRoo_IsAWarning()
    {
        ConfigVerifier.For(".roo/mcp.json", """
            { "mcpServers": { "docs": { "command": "uvx", "args": ["mcp-server-fetch==2025.1.17"], {|MCPG605:"alwaysAllow"|}: ["fetch", "search"] } } }
            """)
            .ShouldReportMessage("MCPG605", "Server 'docs' auto-approves tools 'fetch', 'search' at 'mcpServers.docs.alwaysAllow'; the client runs them without asking, so remove the setting and confirm each tool call")
            .Verify();
    }

    [TestMethod]
    public void AutoApproveStar_IsAnError()
    {
        var findings = ConfigVerifier.For(".kiro/settings/mcp.json", """
            { "mcpServers": { "aws": { "command": "uvx", "args": ["awslabs.core-mcp-server==1.0.0"], "autoApprove": ["read", {|MCPG605:"*"|}] } } }
            """).Verify();
        Assert.AreEqual(RuleSeverity.Error, findings.Single().DefaultSeverity);
    }

    [TestMethod]
    public void GeminiTrust_IsReported()
    {
        ConfigVerifier.For(".gemini/settings.json", """
            { "mcpServers": { "db": { "command": "uvx", "args": ["postgres-mcp==0.3.0", "--access-mode=restricted"], "trust": {|MCPG605:true|} }, "ok": { "command": "x", "trust": false } } }
            """).Verify();
    }

    [TestMethod]
    public void EmptyLists_AndKeysTheClientIgnores_AreSilent()
    {
        ConfigVerifier.For(".kiro/settings/mcp.json", """{ "mcpServers": { "a": { "command": "x", "autoApprove": [] } } }""").Verify();
        var findings = ConfigChecker.Check("/repo/.mcp.json", ConfigFormat.ClaudeProject, """{ "mcpServers": { "a": { "command": "x", "alwaysAllow": ["t"] } } }""");
        Assert.IsFalse(findings.Any(f => f.RuleId == "MCPG605"), "Claude Code ignores alwaysAllow (MCPG003 reports the key)");
    }
}
