using System.Linq;
using McpGuard.Model;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class SeparateUntrustedContentFromWritersRuleTests
{
    [TestMethod]
    public void BrowserAndShellInOneScope_AreReportedOnceAtTheReader()
    {
        var findings = Check("/repo/.mcp.json", ConfigFormat.ClaudeProject, """
            {
              "mcpServers": {
                "playwright": { "command": "npx", "args": ["@playwright/mcp@0.0.41"] },
                "fetch": { "command": "uvx", "args": ["mcp-server-fetch==2025.1.17"] },
                "commander": { "command": "npx", "args": ["-y", "@wonderwhy-er/desktop-commander@0.2.7"] },
                "files": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem@2025.8.21", "."] }
              }
            }
            """);

        var finding = findings.Single();
        Assert.AreEqual("MCPG609", finding.RuleId);
        Assert.AreEqual((2, 4, 2, 16), (finding.Span.Start.Line, finding.Span.Start.Column, finding.Span.End.Line, finding.Span.End.Column));
        Assert.AreEqual("Servers 'playwright', 'fetch' read untrusted content (web pages, messages, issues) in the same Claude Code project servers session as servers 'commander', 'files', which can run commands, write files; the risk is that side: instructions injected through that content can make the agent use it, so make the writing server read-only if it can be, or load the reader in a separate session", finding.Message);
        Assert.AreEqual("mcpServers.playwright", finding.JsonPath);
    }

    [TestMethod]
    public void ClaudeCodesOwnUnpromptedShell_CountsAsTheWriter()
    {
        var project = ConfigChecker.CheckFile("/repo/.mcp.json", ConfigFormat.ClaudeProject, """{ "mcpServers": { "fetch": { "command": "uvx", "args": ["mcp-server-fetch==2025.1.17"] } } }""");
        var settings = ConfigChecker.CheckFile("/repo/.claude/settings.json", ConfigFormat.ClaudeSettings, """{ "permissions": { "allow": ["Bash"] } }""");

        var finding = ConfigChecker.CheckRepository(new[] { project.Document!, settings.Document! }).Single(f => f.RuleId == "MCPG609");
        StringAssert.Contains(finding.Message, "as Claude Code's own 'Bash' (allowed in settings.json), which can run commands");
    }

    [TestMethod]
    public void BrowserAlone_BrowserWithReadOnlyFiles_SeparateFiles_AndDisabledServers_AreSilent()
    {
        Assert.IsEmpty(Check("/repo/.mcp.json", ConfigFormat.ClaudeProject, """{ "mcpServers": { "playwright": { "command": "npx", "args": ["@playwright/mcp@0.0.41"] } } }"""));
        Assert.IsEmpty(Check("/repo/.vscode/mcp.json", ConfigFormat.VsCode, """
            {
              "servers": {
                "browser": { "command": "npx", "args": ["@playwright/mcp@0.0.41"] },
                "files": { "command": "docker", "args": ["run", "-i", "--rm", "--mount", "type=bind,src=/work,dst=/projects/work,ro", "mcp/filesystem@sha256:abc", "/projects"] },
                "github": { "type": "http", "url": "https://api.githubcopilot.com/mcp/readonly" }
              }
            }
            """).Where(f => f.RuleId == "MCPG609"));
        Assert.IsEmpty(Check("/repo/.roo/mcp.json", ConfigFormat.Get("roo"), """{ "mcpServers": { "fetch": { "command": "uvx", "args": ["mcp-server-fetch==2025.1.17"] }, "commander": { "command": "npx", "args": ["@wonderwhy-er/desktop-commander@0.2.7"], "disabled": true } } }"""));

        var project = ConfigChecker.CheckFile("/repo/.mcp.json", ConfigFormat.ClaudeProject, """{ "mcpServers": { "fetch": { "command": "uvx", "args": ["mcp-server-fetch==2025.1.17"] }, "shell": { "command": "npx", "args": ["-y", "mcp-server-commands@0.5.0"] } } }""");
        var settings = ConfigChecker.CheckFile("/repo/.claude/settings.json", ConfigFormat.ClaudeSettings, """{ "disabledMcpjsonServers": ["shell"] }""");
        var cursor = ConfigChecker.CheckFile("/repo/.cursor/mcp.json", ConfigFormat.Cursor, """{ "mcpServers": { "shell": { "command": "npx", "args": ["-y", "mcp-server-commands@0.5.0"] } } }""");
        Assert.IsEmpty(ConfigChecker.CheckRepository(new[] { project.Document!, settings.Document!, cursor.Document! }).Where(f => f.RuleId == "MCPG609"));
    }

    [TestMethod]
    public void GenericReadOnlySwitches_AndReadingToolLists_MakeTheWriterReadOnly()
    {
        Assert.IsEmpty(Check("/repo/.mcp.json", ConfigFormat.ClaudeProject, """
            {
              "mcpServers": {
                "fetch": { "command": "uvx", "args": ["mcp-server-fetch==2025.1.17"] },
                "db": { "command": "npx", "args": ["-y", "mysql-mcp@1.0.0", "--read-only"] },
                "sql": { "command": "npx", "args": ["-y", "sqlite-mcp@1.0.0", "--readonly=true"] },
                "repo": { "command": "uvx", "args": ["mcp-server-git==0.6.2"], "env": { "GIT_READ_ONLY": "true" } }
              }
            }
            """).Where(f => f.RuleId == "MCPG609"));
        Assert.IsEmpty(Check("/repo/.gemini/settings.json", ConfigFormat.Get("gemini"), """
            {
              "mcpServers": {
                "fetch": { "command": "uvx", "args": ["mcp-server-fetch==2025.1.17"] },
                "db": { "command": "npx", "args": ["-y", "postgres-mcp-lite@1.0.0"], "includeTools": ["list_tables", "describe_table", "get_schema"] }
              }
            }
            """).Where(f => f.RuleId == "MCPG609"));
    }

    [TestMethod]
    public void SwitchesSetToFalse_AndActingToolLists_KeepTheWriter_AndTheMessageNamesTheSwitch()
    {
        var findings = Check("/repo/.mcp.json", ConfigFormat.ClaudeProject, """
            {
              "mcpServers": {
                "fetch": { "command": "uvx", "args": ["mcp-server-fetch==2025.1.17"] },
                "db": { "command": "npx", "args": ["-y", "mysql-mcp@1.0.0", "--read-only", "false"] },
                "mongo": { "command": "npx", "args": ["-y", "mongodb-mcp-server@0.1.1"] }
              }
            }
            """).Where(f => f.RuleId == "MCPG609").ToList();
        Assert.AreEqual("Server 'fetch' reads untrusted content (web pages, messages, issues) in the same Claude Code project servers session as servers 'db', 'mongo', which can write to databases; the risk is that side: instructions injected through that content can make the agent use it, so start the writing servers read-only (--readOnly or MDB_MCP_READ_ONLY=true), or load the reader in a separate session", findings.Single().Message);

        Assert.HasCount(1, Check("/repo/.gemini/settings.json", ConfigFormat.Get("gemini"), """
            {
              "mcpServers": {
                "fetch": { "command": "uvx", "args": ["mcp-server-fetch==2025.1.17"] },
                "db": { "command": "npx", "args": ["-y", "postgres-mcp-lite@1.0.0"], "includeTools": ["list_tables", "execute_sql"] }
              }
            }
            """).Where(f => f.RuleId == "MCPG609"));
    }

    private static System.Collections.Generic.IReadOnlyList<McpGuard.Rules.Finding> Check(string path, ConfigFormat format, string text) =>
        ConfigChecker.CheckRepository(new[] { ConfigChecker.CheckFile(path, format, text).Document! });
}
