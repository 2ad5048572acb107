using System;
using System.Collections.Generic;
using System.IO;
using McpGuard.Core.Tests.Infrastructure;
using McpGuard.Rules;
using McpGuard.Rules.Credentials;
using McpGuard.Rules.SupplyChain;
using McpGuard.Rules.Transport;
using McpGuard.Severity;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Severity;

/// <summary>
/// The McpGuardMode global configs shipped in build/config are generated from the descriptors: any drift fails here.
/// Set MCPGUARD_UPDATE_SNAPSHOTS=1 to rewrite them, then review the diff.
/// </summary>
[TestClass]
public sealed class AnalysisModeConfigTests
{
    [TestMethod]
    [DataRow(AnalysisMode.Strict)]
    [DataRow(AnalysisMode.Audit)]
    public void ShippedGlobalConfig_IsGeneratedFromTheDescriptors(AnalysisMode mode)
    {
        var expected = GenerateGlobalConfig(mode, RuleCatalog.Descriptors);
        var path = Path.Combine(TestPaths.RepositoryRoot, "build", "config", $"McpGuard.{mode.ToString().ToLowerInvariant()}.globalconfig");
        if (Environment.GetEnvironmentVariable("MCPGUARD_UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.IsTrue(File.Exists(path), $"{path} is missing; expected:\n{expected}");
        Assert.AreEqual(expected, File.ReadAllText(path).Replace("\r\n", "\n"), $"{path} is out of date (MCPGUARD_UPDATE_SNAPSHOTS=1 rewrites it)");
    }

    [TestMethod]
    public void Strict_RaisesWarningsAndSuggestions_Audit_MakesEverythingAWarning()
    {
        Assert.AreEqual(RuleSeverity.Error, AnalysisModes.Apply(AnalysisMode.Strict, RuleSeverity.Warning));
        Assert.AreEqual(RuleSeverity.Warning, AnalysisModes.Apply(AnalysisMode.Strict, RuleSeverity.Info));
        Assert.AreEqual(RuleSeverity.Error, AnalysisModes.Apply(AnalysisMode.Strict, RuleSeverity.Error));
        Assert.AreEqual(RuleSeverity.Warning, AnalysisModes.Apply(AnalysisMode.Audit, RuleSeverity.Error));
        Assert.AreEqual(RuleSeverity.Warning, AnalysisModes.Apply(AnalysisMode.Audit, RuleSeverity.Info));
        Assert.AreEqual(RuleSeverity.Info, AnalysisModes.Apply(AnalysisMode.Default, RuleSeverity.Info));
    }

    [TestMethod]
    public void GlobalConfig_LosesToTheRepositoryOwnConfiguration()
    {
        var text = GenerateGlobalConfig(AnalysisMode.Strict, RuleCatalog.Descriptors);
        StringAssert.Contains(text, "is_global = true\nglobal_level = -100\n");
        StringAssert.Contains(text, "dotnet_diagnostic.MCPG201.severity = error\n");
        StringAssert.Contains(text, "dotnet_diagnostic.MCPG010.severity = warning\n");

        // A user .globalconfig (level 100 by name) and the strict preset, as the compiler would combine them.
        var resolver = SeverityResolver.Create(
            new[]
            {
                new KeyValuePair<string, string>("/repo/.globalconfig", "is_global = true\ndotnet_diagnostic.MCPG201.severity = suggestion\n"),
                new KeyValuePair<string, string>("/pkg/McpGuard.strict.globalconfig", text),
            },
            SeverityOptions.Default);
        Assert.AreEqual(RuleSeverity.Info, resolver.Resolve(PinServerPackageVersionRule.Rule, "/repo/.mcp.json"));
        Assert.AreEqual(RuleSeverity.Error, resolver.Resolve(UseEncryptedTransportRule.Rule, "/repo/.mcp.json"));
    }

    [TestMethod]
    [DataRow("default", AnalysisMode.Default, true)]
    [DataRow("Strict", AnalysisMode.Strict, true)]
    [DataRow("audit", AnalysisMode.Audit, true)]
    [DataRow("", AnalysisMode.Default, true)]
    [DataRow("loose", AnalysisMode.Default, false)]
    public void TryParseMode_AcceptsTheDocumentedValues(string value, AnalysisMode expected, bool valid)
    {
        Assert.AreEqual(valid, AnalysisModes.TryParseMode(value, out var mode));
        Assert.AreEqual(expected, mode);
    }

    [TestMethod]
    public void Audit_CapsEveryErrorAtWarning_AndLevelDropsLowerFindings()
    {
        var audit = SeverityResolver.Create(
            Array.Empty<KeyValuePair<string, string>>(),
            new SeverityOptions(Array.Empty<string>(), new[] { "MCPG201" }, Array.Empty<string>(), treatWarningsAsErrors: true, AnalysisMode.Audit));
        Assert.AreEqual(RuleSeverity.Warning, audit.Resolve(KnownCredentialFormatRule.Rule, "/repo/.mcp.json"));
        Assert.AreEqual(RuleSeverity.Warning, audit.Resolve(PinServerPackageVersionRule.Rule, "/repo/.mcp.json"));

        var errorsOnly = SeverityResolver.Create(
            Array.Empty<KeyValuePair<string, string>>(),
            new SeverityOptions(Array.Empty<string>(), Array.Empty<string>(), Array.Empty<string>(), false, AnalysisMode.Default, RuleSeverity.Error));
        Assert.AreEqual(RuleSeverity.None, errorsOnly.Resolve(PinServerPackageVersionRule.Rule, "/repo/.mcp.json"));
        Assert.AreEqual(RuleSeverity.Error, errorsOnly.Resolve(KnownCredentialFormatRule.Rule, "/repo/.mcp.json"));
        Assert.IsFalse(AnalysisModes.TryParseLevel("info", out _));
        Assert.IsTrue(AnalysisModes.TryParseLevel("warning", out var level));
        Assert.AreEqual(RuleSeverity.Warning, level);
    }

    private static string GenerateGlobalConfig(AnalysisMode mode, IEnumerable<RuleDescriptor> descriptors) => AnalysisModes.GlobalConfigText(mode, descriptors);
}
