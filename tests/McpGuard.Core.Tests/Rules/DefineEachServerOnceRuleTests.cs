using System.Linq;
using McpGuard.Model;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class DefineEachServerOnceRuleTests
{
    [TestMethod]
    public void SameNameDifferentLaunch_IsReportedAtTheLaterDefinition()
    {
        var project = ConfigChecker.CheckFile("/repo/.mcp.json", ConfigFormat.ClaudeProject, """
            { "mcpServers": { "github": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-github@2025.4.8"] } } }
            """);
        var vscode = ConfigChecker.CheckFile("/repo/.vscode/mcp.json", ConfigFormat.VsCode, """
            {
              "servers": {
                "github": { "type": "http", "url": "https://api.githubcopilot.com/mcp/" }
              }
            }
            """);

        var findings = ConfigChecker.CheckRepository(new[] { vscode.Document!, project.Document! });

        Assert.HasCount(1, findings);
        var finding = findings[0];
        Assert.AreEqual("MCPG610", finding.RuleId);
        Assert.AreEqual("/repo/.vscode/mcp.json", finding.Span.Path);
        Assert.AreEqual((2, 4), (finding.Span.Start.Line, finding.Span.Start.Column));
        Assert.AreEqual("Server 'github' is defined differently in '.mcp.json' (1,19); which definition runs depends on the client and scope, so align them or rename one", finding.Message);
        Assert.AreEqual("/repo/.mcp.json", finding.RelatedSpan!.Value.Path);
    }

    [TestMethod]
    public void ShadowedUserScopeServer_IsReportedInOneFile()
    {
        var user = ConfigChecker.CheckFile("/home/dev/.claude.json", ConfigFormat.ClaudeUser, """
            { "mcpServers": { "db": { "command": "uvx", "args": ["postgres-mcp==0.3.0"] } }, "projects": { "/repo": { "mcpServers": { "db": { "command": "uvx", "args": ["postgres-mcp==0.2.0"] } } } } }
            """);

        var findings = ConfigChecker.CheckRepository(new[] { user.Document! });

        CollectionAssert.AreEqual(new[] { "MCPG610" }, findings.Select(f => f.RuleId).ToList());
    }

    [TestMethod]
    public void SameDefinitionInSeveralFiles_IsSilent()
    {
        var a = ConfigChecker.CheckFile("/repo/.mcp.json", ConfigFormat.ClaudeProject, """{ "mcpServers": { "fetch": { "command": "uvx", "args": ["mcp-server-fetch==2025.1.17"] }, "docs": { "url": "https://x.example.com/mcp/" } } }""");
        var b = ConfigChecker.CheckFile("/repo/.cursor/mcp.json", ConfigFormat.Cursor, """{ "mcpServers": { "fetch": { "command": "uvx", "args": ["mcp-server-fetch==2025.1.17"], "env": { "X": "1" } }, "docs": { "url": "https://X.example.com/mcp" } } }""");

        Assert.IsEmpty(ConfigChecker.CheckRepository(new[] { a.Document!, b.Document! }));
    }
}
