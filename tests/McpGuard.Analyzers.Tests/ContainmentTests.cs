using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using McpGuard.Analyzers.Tests.Infrastructure;
using McpGuard.Fuzzer;
using McpGuard.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Analyzers.Tests;

/// <summary>
/// The analyzer never throws (the compiler would report AD0001 and drop every finding of the file): a failing rule or
/// host is one MCPG001 naming it, the other rules still report, and no credential reaches a diagnostic message.
/// </summary>
[TestClass]
public sealed class ContainmentTests
{
    private const string Config = """{ "mcpServers": { "docs": { "command": "npx", "args": ["-y", "docs-mcp"] } } }""";

    [TestMethod]
    public async Task RuleThrows_OneMcpg001NamingTheRule_OtherRulesStillReport_NoAD0001()
    {
        var diagnostics = new ImmutableDiagnostics(await new AnalyzerRunner().WithAddedRules(new ThrowingRule()).WithConfig("/repo/.mcp.json", Config, "claude").RunAsync());

        CollectionAssert.AreEqual(new[] { ".mcp.json MCPG001 error (1,1)-(1,1)", ".mcp.json MCPG201 warning (1,62)-(1,72)" }, diagnostics.Described);
        Assert.AreEqual(
            "'.mcp.json' cannot be read as Claude Code project servers (strict JSON): rule MCPG999 failed with NullReferenceException, so findings may be missing. This is a bug in McpGuard; please report it at https://github.com/mcpguard/McpGuard.Build/issues",
            diagnostics.Items[0].GetMessage());
    }

    [TestMethod]
    public async Task HostFailsToReadTheFile_OneMcpg001NamingTheAnalyzer_NoAD0001()
    {
        var diagnostics = new ImmutableDiagnostics(await new AnalyzerRunner().WithFile(new ThrowingText("/repo/.mcp.json"), "claude").RunAsync());

        CollectionAssert.AreEqual(new[] { ".mcp.json MCPG001 error (1,1)-(1,1)" }, diagnostics.Described);
        Assert.EndsWith("the analyzer failed with InvalidOperationException, so findings may be missing. This is a bug in McpGuard; please report it at https://github.com/mcpguard/McpGuard.Build/issues", diagnostics.Items[0].GetMessage());
    }

    [TestMethod]
    public async Task EveryCredentialFixture_NeverInADiagnosticMessage()
    {
        var leaks = new List<string>();
        foreach (var fixture in CredentialFixtures.All)
        {
            var value = fixture.Value.Replace("\\", "\\\\").Replace("\"", "\\\"");
            var diagnostics = await new AnalyzerRunner()
                .WithConfig("/repo/.mcp.json", $$"""{ "mcpServers": { "svc": { "command": "npx", "args": ["-y", "pkg"], "env": { "{{fixture.Variable}}": "{{value}}" }, "url": "http://h.example.com/?t={{value}}" } } }""", "claude")
                .WithConfig("/repo/.vscode/mcp.json", $$"""{ "servers": { "svc": { "env": { "{{fixture.Variable}}": tru"{{value}}" } } } }""", "vscode")
                .RunAsync();

            Assert.IsGreaterThanOrEqualTo(3, diagnostics.Length, fixture.Name);
            foreach (var diagnostic in diagnostics.Where(d => CredentialFixtures.ContainsWindow(d.GetMessage(), fixture.Sensitive)))
            {
                leaks.Add($"{fixture.Name}: {diagnostic}");
            }
        }

        Assert.IsEmpty(leaks, string.Join("\n", leaks));
    }

    private sealed class ImmutableDiagnostics(System.Collections.Immutable.ImmutableArray<Diagnostic> items)
    {
        public System.Collections.Immutable.ImmutableArray<Diagnostic> Items { get; } = items;

        public List<string> Described => Items.Select(AnalyzerRunner.Describe).ToList();
    }

    private sealed class ThrowingText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => throw new InvalidOperationException("the host broke");
    }

    private sealed class ThrowingRule : McpRule
    {
        private static readonly RuleDescriptor s_rule = new("MCPG999", "Test rule that throws", "{0}", RuleCategories.Configuration, RuleSeverity.Warning, "Injected by tests.");

        public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { s_rule };

        public override void Analyze(RuleContext context) => throw new NullReferenceException();
    }
}
