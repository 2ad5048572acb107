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
            .ShouldReportMessage("MCPG605", "Server 'docs' auto-approves tool 'fetch' (and 1 read-only tool) at 'mcpServers.docs.alwaysAllow'; the client runs them without asking, so remove the setting and confirm each tool call")
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

    [TestMethod]
    public void ReadOnlyToolNames_AreInfo()
    {
        var findings = ConfigVerifier.For(".roo/mcp.json", """
            {
              "mcpServers": {
                "github": { "command": "docker", "args": ["run", "-i", "--rm", "ghcr.io/github/github-mcp-server@sha256:0000000000000000000000000000000000000000000000000000000000000000", "--read-only"], {|MCPG605:"alwaysAllow"|}: ["get_issue", "list_pull_requests", "searchCode", "read_file"] },
                "context7": { "command": "npx", "args": ["-y", "@upstash/context7-mcp@1.0.14"], {|MCPG605:"alwaysAllow"|}: ["resolve-library-id", "get-library-docs"] },
                "smart-tree": { "command": "st", "args": ["--mcp"], {|MCPG605:"alwaysAllow"|}: ["find_files", "analyze_directory", "get_statistics"] },
                "thinking": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-sequential-thinking@2025.7.1"], {|MCPG605:"alwaysAllow"|}: ["sequentialthinking", "think"] }
              }
            }
            """)
            .ShouldReportMessage("MCPG605", "Server 'github' auto-approves read-only tools 'get_issue', 'list_pull_requests', 'searchCode', 'read_file' at 'mcpServers.github.alwaysAllow'; the client runs them without asking, so remove the setting and confirm each tool call")
            .Verify();
        Assert.IsTrue(findings.All(f => f.DefaultSeverity == RuleSeverity.Info));
    }

    [TestMethod]
    public void ActingToolNames_StayWarnings()
    {
        var findings = ConfigVerifier.For(".kiro/settings/mcp.json", """
            {
              "mcpServers": {
                "github": { "command": "uvx", "args": ["github-mcp==1.0.0"], {|MCPG605:"autoApprove"|}: ["get_issue", "create_pull_request", "get_and_delete_branch"] },
                "shell": { "command": "uvx", "args": ["shell-mcp==1.0.0"], {|MCPG605:"autoApprove"|}: ["execute_command"] },
                "mail": { "command": "uvx", "args": ["mail-mcp==1.0.0"], {|MCPG605:"autoApprove"|}: ["sendEmail", "list_messages"] },
                "thinker": { "command": "uvx", "args": ["agent-mcp==1.0.0"], {|MCPG605:"autoApprove"|}: ["think_and_execute"] }
              }
            }
            """)
            .ShouldReportMessage("MCPG605", "Server 'github' auto-approves tools 'create_pull_request', 'get_and_delete_branch' (and 1 read-only tool) at 'mcpServers.github.autoApprove'; the client runs them without asking, so remove the setting and confirm each tool call")
            .Verify();
        Assert.IsTrue(findings.All(f => f.DefaultSeverity == RuleSeverity.Warning), string.Join(", ", findings.Select(f => f.DefaultSeverity)));
    }

    /// <summary>The same list under both keys Cline reads is one finding, at the first (corpus 100, judged wrong when reported twice).</summary>
    [TestMethod]
    public void SameListUnderBothKeys_IsReportedOnce_ADifferentListIsNot()
    {
        ConfigVerifier.For("cline_mcp_settings.json", """
            {
              "mcpServers": {
                "ida": { "command": "uvx", "args": ["ida-pro-mcp==1.2.0"], {|MCPG605:"alwaysAllow"|}: ["rename_function", "get_metadata"], "autoApprove": ["get_metadata", "rename_function"] },
                "db": { "command": "uvx", "args": ["db-mcp==1.0.0"], {|MCPG605:"alwaysAllow"|}: ["execute_sql"], {|MCPG605:"autoApprove"|}: ["execute_sql", "drop_table"] }
              }
            }
            """)
            .Verify();
    }
}
