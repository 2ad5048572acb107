using System;
using System.Collections.Generic;
using System.Linq;
using McpGuard.Model;
using McpGuard.Rules;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Robustness;

/// <summary>A rule that throws is one MCPG001 naming it and pointing to the issue tracker; every rule after it still runs.</summary>
[TestClass]
public sealed class RuleContainmentTests
{
    private const string Config = """{ "mcpServers": { "docs": { "command": "npx", "args": ["-y", "docs-mcp"] } } }""";

    [TestMethod]
    public void ThrowingRule_OneMcpg001NamingIt_RulesBeforeAndAfterStillReport()
    {
        var findings = ConfigChecker.CheckFile("/repo/.mcp.json", ConfigFormat.ClaudeProject, Config, CheckOptions.Default.WithAddedRules([new ThrowingRule(), new ReportingRule()])).Findings;

        CollectionAssert.AreEqual(
            new[]
            {
                "/repo/.mcp.json(1,1,1,1): MCPG001: '.mcp.json' cannot be read as Claude Code project servers (strict JSON): rule MCPG999 failed with NullReferenceException, so findings may be missing. This is a bug in McpGuard; please report it at https://github.com/mcpguard/McpGuard.Build/issues",
                "/repo/.mcp.json(1,1,1,2): MCPG998: ran after the failing rule",
                "/repo/.mcp.json(1,62,1,72): MCPG201: Server 'docs' runs npm package 'docs-mcp' at 'mcpServers.docs.args[1]' without an exact version; pin it (e.g. 'docs-mcp@<version>') so every machine runs the release that was reviewed",
            },
            findings.Select(f => f.ToString()).ToList());
    }

    [TestMethod]
    public void ThrowingRepositoryRule_OneMcpg001NamingIt_OtherRulesStillReport()
    {
        var options = CheckOptions.Default.WithAddedRules([new ThrowingRule(), new ReportingRule()]);
        var project = ConfigChecker.CheckFile("/repo/.mcp.json", ConfigFormat.ClaudeProject, """{ "mcpServers": { "github": { "command": "x" } } }""");
        var settings = ConfigChecker.CheckFile("/repo/.claude/settings.json", ConfigFormat.ClaudeSettings, """{ "enableAllProjectMcpServers": true }""");

        CollectionAssert.AreEqual(
            new[]
            {
                "/repo/.claude/settings.json(1,1,1,1): MCPG001: 'settings.json' cannot be read as Claude Code settings (strict JSON): rule MCPG999 failed with NullReferenceException, so findings may be missing. This is a bug in McpGuard; please report it at https://github.com/mcpguard/McpGuard.Build/issues",
                "/repo/.claude/settings.json(1,33,1,37): MCPG601: 'enableAllProjectMcpServers' approves every server of the project's .mcp.json without a prompt (today 'github'), including any a later commit adds; remove it and approve servers one by one",
                "/repo/.mcp.json(1,1,1,2): MCPG998: the repository rules ran after the failing rule",
            },
            ConfigChecker.CheckRepository([project.Document!, settings.Document!], options).Select(f => f.ToString()).ToList());
    }

    [TestMethod]
    public void NoAddedRules_OnlyTheCatalogRuns()
    {
        Assert.AreSame(RuleCatalog.Rules, CheckOptions.Default.Rules);
        Assert.ContainsSingle(ConfigChecker.Check("/repo/.mcp.json", ConfigFormat.ClaudeProject, Config));
    }

    private sealed class ReportingRule : McpRule
    {
        private static readonly RuleDescriptor s_rule = new("MCPG998", "Test rule that reports", "{0}", RuleCategories.Configuration, RuleSeverity.Warning, "Injected by tests.");

        public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { s_rule };

        public override void Analyze(RuleContext context) =>
            context.Report(s_rule, new Text.SourceSpan(context.Document.Path, new Text.TextPosition(0, 0, 0), new Text.TextPosition(1, 0, 1)), "ran after the failing rule");

        public override void AnalyzeRepository(RepositoryContext context) =>
            context.Report(s_rule, new Text.SourceSpan("/repo/.mcp.json", new Text.TextPosition(0, 0, 0), new Text.TextPosition(1, 0, 1)), "the repository rules ran after the failing rule");
    }
}
