using System.Collections.Generic;
using System.Linq;
using McpGuard.Rules;
using McpGuard.Scanning;
using McpGuard.Severity;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

/// <summary>MCPG009: every McpGuard switch is validated once, in <see cref="McpGuardSettings"/>, for the task and the analyzer.</summary>
[TestClass]
public sealed class SettingMustBeValidRuleTests
{
    private const string HelpLink = " (https://github.com/mcpguard/McpGuard.Build/blob/main/docs/rules/MCPG009.md)";

    [TestMethod]
    [DataRow("McpGuardEnabled", "yes", "true, false")]
    [DataRow("McpGuardIncludeUserConfigs", "1", "true, false")]
    [DataRow("McpGuardMode", "loose", "default, strict, audit")]
    [DataRow("McpGuardLevel", "high", "suggestion, warning, error")]
    [DataRow("McpGuardMaxConfigSize", "4MB", "a positive number of bytes")]
    [DataRow("McpGuardMaxConfigSize", "0", "a positive number of bytes")]
    public void InvalidValue_IsReportedEchoingTheValueAndTheValidOnes(string name, string value, string valid)
    {
        var settings = McpGuardSettings.Read(n => n == name ? value : null);

        Assert.AreEqual($"Invalid {name} value '{value}'. Valid values: {valid}{HelpLink}", settings.Problems.Single());
    }

    [TestMethod]
    public void DocumentedValues_AreSilent_AndRead()
    {
        var values = new Dictionary<string, string>
        {
            ["McpGuardEnabled"] = "False",
            ["McpGuardIncludeUserConfigs"] = "true",
            ["McpGuardMode"] = "strict",
            ["McpGuardLevel"] = "warning",
            ["McpGuardMaxConfigSize"] = "1000",
        };

        var settings = McpGuardSettings.Read(n => values.TryGetValue(n, out var v) ? v : null);

        Assert.IsEmpty(settings.Problems);
        Assert.IsFalse(settings.IsEnabled);
        Assert.IsTrue(settings.IncludesUserConfigs);
        Assert.AreEqual(AnalysisMode.Strict, settings.Mode);
        Assert.AreEqual(RuleSeverity.Warning, settings.Level);
        Assert.AreEqual(1000, settings.MaxFileSize);
    }

    [TestMethod]
    public void UnsetValues_AreSilent_AndKeepTheDefaults()
    {
        var settings = McpGuardSettings.Read(_ => null);

        Assert.IsEmpty(settings.Problems);
        Assert.IsTrue(settings.IsEnabled);
        Assert.IsFalse(settings.IncludesUserConfigs);
        Assert.AreEqual(AnalysisMode.Default, settings.Mode);
        Assert.AreEqual(RuleSeverity.Info, settings.Level);
        Assert.AreEqual(ScanRequest.DefaultMaxFileSize, settings.MaxFileSize);
    }

    [TestMethod]
    public void EverySwitch_IsDeclaredInTheProps_AndValidatedByTheTargets()
    {
        var props = System.IO.File.ReadAllText(System.IO.Path.Combine(Infrastructure.TestPaths.RepositoryRoot, "build", "McpGuard.Build.props"));
        var targets = System.IO.File.ReadAllText(System.IO.Path.Combine(Infrastructure.TestPaths.RepositoryRoot, "build", "McpGuard.Build.targets"));
        foreach (var name in McpGuardSettings.Names)
        {
            StringAssert.Contains(props, $"<{name} Condition=\"'$({name})' == ''\">", name + " has no default in McpGuard.Build.props");
            StringAssert.Contains(targets, $"<_McpGuardSetting Include=\"{name}\" Value=\"$({name})\" />", name + " is not validated by the targets");
        }
    }
}
