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
        IReadOnlyList<Finding> findings;
        using (RuleCatalog.AddForTesting(new ThrowingRule()))
        using (RuleCatalog.AddForTesting(new ReportingRule()))
        {
            findings = ConfigChecker.Check("/repo/.mcp.json", ConfigFormat.ClaudeProject, Config);
        }

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
    public void InjectedRule_SeenOnlyInsideItsScope()
    {
        using (RuleCatalog.AddForTesting(new ThrowingRule()))
        {
            Assert.HasCount(RuleCatalog.Rules.Count + 1, RuleCatalog.ActiveRules);
        }

        Assert.AreSame(RuleCatalog.Rules, RuleCatalog.ActiveRules);
        Assert.ContainsSingle(ConfigChecker.Check("/repo/.mcp.json", ConfigFormat.ClaudeProject, Config));
    }

    private sealed class ReportingRule : McpRule
    {
        private static readonly RuleDescriptor s_rule = new("MCPG998", "Test rule that reports", "{0}", RuleCategories.Configuration, RuleSeverity.Warning, "Injected by tests.");

        public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { s_rule };

        public override void Analyze(RuleContext context) =>
            context.Report(s_rule, new Text.SourceSpan(context.Document.Path, new Text.TextPosition(0, 0, 0), new Text.TextPosition(1, 0, 1)), "ran after the failing rule");
    }
}
