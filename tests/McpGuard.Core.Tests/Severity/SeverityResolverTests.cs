using System.Collections.Generic;
using McpGuard.Rules;
using McpGuard.Rules.Credentials;
using McpGuard.Rules.SupplyChain;
using McpGuard.Rules.Transport;
using McpGuard.Severity;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Severity;

[TestClass]
public sealed class SeverityResolverTests
{
    private const string Repo = "/repo";
    private static readonly RuleDescriptor s_pin = PinServerPackageVersionRule.Rule;
    private static readonly RuleDescriptor s_http = UseEncryptedTransportRule.Rule;
    private static readonly RuleDescriptor s_secret = KnownCredentialFormatRule.Rule;

    [TestMethod]
    public void NoConfiguration_UsesRuleDefaults()
    {
        var resolver = Create(SeverityOptions.Default);
        Assert.AreEqual(RuleSeverity.Warning, resolver.Resolve(s_pin, "/repo/.mcp.json"));
        Assert.AreEqual(RuleSeverity.Error, resolver.Resolve(s_secret, "/repo/.mcp.json"));
    }

    [TestMethod]
    public void EditorConfigSection_AppliesOnlyToMatchingPaths()
    {
        var resolver = Create(
            SeverityOptions.Default,
            ("/repo/.editorconfig", "root = true\n[*.json]\ndotnet_diagnostic.MCPG201.severity = error\n[.vscode/**]\ndotnet_diagnostic.MCPG201.severity = none\n"));
        Assert.AreEqual(RuleSeverity.Error, resolver.Resolve(s_pin, "/repo/.mcp.json"));
        Assert.AreEqual(RuleSeverity.None, resolver.Resolve(s_pin, "/repo/.vscode/mcp.json"));
        Assert.AreEqual(RuleSeverity.Warning, resolver.Resolve(s_http, "/repo/.mcp.json"));
    }

    [TestMethod]
    public void NestedEditorConfig_OverridesParent()
    {
        var resolver = Create(
            SeverityOptions.Default,
            ("/repo/.editorconfig", "root = true\n[*.json]\ndotnet_diagnostic.MCPG201.severity = error\n"),
            ("/repo/services/api/.editorconfig", "[*.json]\ndotnet_diagnostic.MCPG201.severity = suggestion\n"));
        Assert.AreEqual(RuleSeverity.Info, resolver.Resolve(s_pin, "/repo/services/api/.mcp.json"));
        Assert.AreEqual(RuleSeverity.Error, resolver.Resolve(s_pin, "/repo/.mcp.json"));
    }

    [TestMethod]
    public void GlobalConfig_AppliesEverywhere_AndEditorConfigWins()
    {
        var resolver = Create(
            SeverityOptions.Default,
            ("/repo/.globalconfig", "is_global = true\ndotnet_diagnostic.MCPG201.severity = error\ndotnet_diagnostic.MCPG401.severity = none\n"),
            ("/repo/.editorconfig", "root = true\n[.cursor/*.json]\ndotnet_diagnostic.MCPG201.severity = warning\n"));
        Assert.AreEqual(RuleSeverity.Error, resolver.Resolve(s_pin, "/repo/.mcp.json"));
        Assert.AreEqual(RuleSeverity.Warning, resolver.Resolve(s_pin, "/repo/.cursor/mcp.json"));
        Assert.AreEqual(RuleSeverity.None, resolver.Resolve(s_http, "/repo/.mcp.json"));
    }

    [TestMethod]
    public void CategorySeverity_AppliesToTheFamily()
    {
        var resolver = Create(
            SeverityOptions.Default,
            ("/repo/.editorconfig", "root = true\n[*.json]\ndotnet_analyzer_diagnostic.category-SupplyChain.severity = error\n"));
        Assert.AreEqual(RuleSeverity.Error, resolver.Resolve(s_pin, "/repo/.mcp.json"));
        Assert.AreEqual(RuleSeverity.Warning, resolver.Resolve(s_http, "/repo/.mcp.json"));
    }

    [TestMethod]
    public void RuleIdEntry_InGlobalConfig_WinsOverCategoryEntryInEditorConfig()
    {
        var resolver = Create(
            SeverityOptions.Default,
            ("/repo/.globalconfig", "is_global = true\ndotnet_diagnostic.MCPG201.severity = suggestion\n"),
            ("/repo/.editorconfig", "root = true\n[*.json]\ndotnet_analyzer_diagnostic.category-SupplyChain.severity = error\n"));
        Assert.AreEqual(RuleSeverity.Info, resolver.Resolve(s_pin, "/repo/.mcp.json"));
    }

    [TestMethod]
    public void NoWarnAndWarningsAsErrors_ComeFirst()
    {
        var editorConfig = ("/repo/.editorconfig", "root = true\n[*.json]\ndotnet_diagnostic.MCPG201.severity = error\ndotnet_diagnostic.MCPG401.severity = none\n");
        var resolver = Create(new SeverityOptions(new[] { "MCPG201" }, new[] { "MCPG401" }, [], false), editorConfig);
        Assert.AreEqual(RuleSeverity.None, resolver.Resolve(s_pin, "/repo/.mcp.json"));
        Assert.AreEqual(RuleSeverity.Error, resolver.Resolve(s_http, "/repo/.mcp.json"));
    }

    [TestMethod]
    public void TreatWarningsAsErrors_PromotesWarningsExceptWarningsNotAsErrors()
    {
        var resolver = Create(new SeverityOptions([], [], new[] { "MCPG401" }, true));
        Assert.AreEqual(RuleSeverity.Error, resolver.Resolve(s_pin, "/repo/.mcp.json"));
        Assert.AreEqual(RuleSeverity.Warning, resolver.Resolve(s_http, "/repo/.mcp.json"));
    }

    [TestMethod]
    public void TreatWarningsAsErrors_LeavesSuggestionsAlone()
    {
        var resolver = Create(
            new SeverityOptions([], [], [], true),
            ("/repo/.editorconfig", "root = true\n[*.json]\ndotnet_diagnostic.MCPG201.severity = suggestion\n"));
        Assert.AreEqual(RuleSeverity.Info, resolver.Resolve(s_pin, "/repo/.mcp.json"));
    }

    /// <summary>
    /// Roslyn's parser is skipped when no file names a key that can set a McpGuard severity: every answer is the same as
    /// when every file is parsed, for files that configure other analyzers, McpGuard, categories, or everything.
    /// </summary>
    [TestMethod]
    public void PreCheck_SkipsParsingOnlyWhereNoFileCanChangeAnAnswer_AnswersIdentical()
    {
        var fileSets = new[]
        {
            new[] { ("/repo/.editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.CA1000.severity = error\nindent_size = 4\n") },
            new[] { ("/repo/.editorconfig", "root = true\n[*]\ndotnet_diagnostic.IDE0005.severity = none\n"), ("/repo/.globalconfig", "is_global = true\ndotnet_diagnostic.CS1591.severity = none\n") },
            new[] { ("/repo/.editorconfig", "[*.json]\nDOTNET_DIAGNOSTIC.mcpg201.SEVERITY = error\n") },
            new[] { ("/repo/.editorconfig", "root = true\n[*]\ndotnet_analyzer_diagnostic.category-SupplyChain.severity = none\n") },
            new[] { ("/repo/.globalconfig", "is_global = true\ndotnet_analyzer_diagnostic.severity = error\n") },
            new[] { ("/repo/sub/.editorconfig", "[*]\ndotnet_diagnostic.MCPG401.severity = suggestion\n"), ("/repo/.editorconfig", "root = true\n") },
        };
        var expectedParsing = new[] { false, false, true, true, true, true };
        for (var i = 0; i < fileSets.Length; i++)
        {
            var list = new List<KeyValuePair<string, string>>();
            foreach (var (path, text) in fileSets[i])
            {
                list.Add(new KeyValuePair<string, string>(path, text));
            }

            Assert.AreEqual(expectedParsing[i], list.Exists(file => SeverityResolver.MayConfigureMcpGuard(file.Value)), $"file set {i}");
            var checkedFirst = SeverityResolver.Create(list, SeverityOptions.Default);
            var parsed = SeverityResolver.Create(list, SeverityOptions.Default, parseAlways: true);
            foreach (var rule in new[] { s_pin, s_http, s_secret })
            {
                foreach (var path in new[] { "/repo/.mcp.json", "/repo/sub/.vscode/mcp.json", "/elsewhere/.mcp.json" })
                {
                    Assert.AreEqual(parsed.Resolve(rule, path), checkedFirst.Resolve(rule, path), $"file set {i}, {rule.Id}, {path}");
                    Assert.AreEqual(parsed.FromConfiguration(rule, path), checkedFirst.FromConfiguration(rule, path), $"file set {i}, {rule.Id}, {path}");
                }
            }
        }
    }

    [TestMethod]
    public void SplitList_AcceptsMsBuildSeparators()
    {
        CollectionAssert.AreEqual(new[] { "MCPG201", "CS1591", "MCPG401" }, new List<string>(SeverityOptions.SplitList(" MCPG201;CS1591,\nMCPG401 ;")));
    }

    private static SeverityResolver Create(SeverityOptions options, params (string Path, string Text)[] files)
    {
        var list = new List<KeyValuePair<string, string>>();
        foreach (var (path, text) in files)
        {
            list.Add(new KeyValuePair<string, string>(path, text));
        }

        Assert.IsTrue(Repo.Length > 0);
        return SeverityResolver.Create(list, options);
    }
}
