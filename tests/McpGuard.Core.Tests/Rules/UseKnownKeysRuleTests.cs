using System.Linq;
using McpGuard.Core.Tests.Infrastructure;
using McpGuard.Rules;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class UseKnownKeysRuleTests
{
    [TestMethod]
    public void MisspelledAndForeignKeys_AreReportedWithAdvice()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "ahk": { "command": "node", "args": ["server.js"], {|MCPG003:"evn"|}: { "A": "1" }, {|MCPG003:"alwaysAllow"|}: ["run"] }
              },
              {|MCPG003:"servers"|}: {}
            }
            """)
            .ShouldReportMessage("MCPG003", "Key 'mcpServers.ahk.evn' is not a server key of Claude Code project servers and is ignored by the client; did you mean 'env'?")
            .ShouldReportMessage("MCPG003", "Key 'mcpServers.ahk.alwaysAllow' is not a server key of Claude Code project servers and is ignored by the client; it is a key of Roo Code MCP configuration, Kilo Code MCP configuration, Cline MCP settings; remove it or move the setting to that client's file")
            .ShouldReportMessage("MCPG003", "Key 'servers' is not a top-level key of Claude Code project servers and is ignored by the client; it is a key of VS Code MCP configuration; remove it or move the setting to that client's file")
            .Verify();
    }

    [TestMethod]
    public void ServersInClaudeSettings_AreReported_ButUnknownNewSettingsAreNot()
    {
        ConfigVerifier.For(".claude/settings.json", """
            {
              "permissions": { "allow": [] },
              "someFutureSetting": true,
              {|MCPG003:"enableAllProjectMcpServer"|}: true,
              {|MCPG003:"mcpServers"|}: { "a": { "command": "x" } }
            }
            """)
            .ShouldReportMessage("MCPG003", "Key 'enableAllProjectMcpServer' is not a top-level key of Claude Code settings and is ignored by the client; did you mean 'enableAllProjectMcpServers'?")
            .ShouldReportMessage("MCPG003", "Key 'mcpServers' is not a top-level key of Claude Code settings and is ignored by the client; Claude Code reads project servers from '.mcp.json'; move them there")
            .Verify();
    }

    [TestMethod]
    public void DocumentedKeysAndCommentKeys_AreSilent()
    {
        ConfigVerifier.For(".roo/mcp.json", """
            {
              "mcpServers": {
                "fetch": { "_comment": "pinned", "command": "uvx", "args": ["mcp-server-fetch==2025.1.17"], "alwaysAllow": [], "disabled": false, "timeout": 60 }
              }
            }
            """).Verify();
    }

    [TestMethod]
    public void UnknownKeys_OfClientsWhoseSchemaIsNotVerified_AreInfo_VerifiedClientsStayWarnings()
    {
        var unverified = ConfigVerifier.For("cline_mcp_settings.json", """
            { "mcpServers": { "a": { "command": "node", "args": ["s.js"], {|MCPG003:"networkTimeout"|}: 60 } } }
            """).Verify();
        Assert.AreEqual(RuleSeverity.Info, unverified.Single().DefaultSeverity);
        var verified = ConfigVerifier.For(".cursor/mcp.json", """
            { "mcpServers": { "a": { "command": "node", "args": ["s.js"], {|MCPG003:"networkTimeout"|}: 60 } } }
            """).Verify();
        Assert.AreEqual(RuleSeverity.Warning, verified.Single().DefaultSeverity);
    }
}
