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
/// The task keeps Roslyn's severity answers for the checked files in its private cache folder, so that a re-check whose
/// <c>.editorconfig</c> and <c>.globalconfig</c> texts did not change reads them back instead of loading Roslyn.
/// </summary>
[TestClass]
public sealed class SeverityTableCacheTests
{
    private static readonly RuleDescriptor[] s_rules = { PinServerPackageVersionRule.Rule, UseEncryptedTransportRule.Rule, KnownCredentialFormatRule.Rule };
    private static readonly string[] s_checkedPaths = { "/repo/.mcp.json", "/repo/sub/.vscode/mcp.json", "/repo/tools/agent/.mcp.json" };

    private DirectoryInfo _root = null!;
    private string _cache = string.Empty;

    /// <summary>The cache folder itself is left for the check to create, private, as the task's is.</summary>
    [TestInitialize]
    public void CreateRoot()
    {
        _root = TestPaths.CreateTemporaryDirectory();
        _cache = Path.Combine(_root.FullName, "cache");
    }

    [TestCleanup]
    public void DeleteRoot() => TestPaths.DeleteQuietly(_root);

    /// <summary>
    /// Every answer from the table written by the first check, and read back by the second, is Roslyn's: ids, categories,
    /// all rules, <c>none</c>, invalid values, nested and root files, global configs with levels and path sections; a
    /// path the table does not hold (the last one) is answered by Roslyn.
    /// </summary>
    [TestMethod]
    public void Table_WrittenThenRead_AnswersAsRoslynDoes()
    {
        var fileSets = new[]
        {
            new[] { ("/repo/.editorconfig", "[*.json]\nDOTNET_DIAGNOSTIC.mcpg201.SEVERITY = error\n") },
            new[] { ("/repo/.editorconfig", "root = true\n[*]\ndotnet_analyzer_diagnostic.category-SupplyChain.severity = none\ndotnet_diagnostic.MCPG401.severity = bogus\n") },
            new[] { ("/repo/.globalconfig", "is_global = true\ndotnet_analyzer_diagnostic.severity = error\n[/repo/.mcp.json]\ndotnet_diagnostic.MCPG201.severity = suggestion\n") },
            new[] { ("/repo/sub/.editorconfig", "[*]\ndotnet_diagnostic.MCPG401.severity = suggestion\n"), ("/repo/.editorconfig", "root = true\n[*.json]\ndotnet_diagnostic.MCPG401.severity = error\n") },
            new[]
            {
                ("/repo/tools/agent/.editorconfig", "[*.json]\ndotnet_diagnostic.MCPG201.severity = warning # reviewed\n"),
                ("/repo/a.globalconfig", "is_global = true\nglobal_level = 5\ndotnet_diagnostic.MCPG101.severity = warning\n"),
                ("/repo/b.globalconfig", "is_global = true\nglobal_level = 5\ndotnet_diagnostic.MCPG101.severity = none\ndotnet_analyzer_diagnostic.category-Transport.severity = silent\n"),
            },
        };
        for (var i = 0; i < fileSets.Length; i++)
        {
            var files = Files(fileSets[i]);
            var roslyn = SeverityResolver.Create(files, SeverityOptions.Default, parseAlways: false);
            var written = SeverityResolver.Create(files, SeverityOptions.Default, parseAlways: false, _cache, s_checkedPaths);
            var read = SeverityResolver.Create(files, SeverityOptions.Default, parseAlways: false, _cache, s_checkedPaths);
            foreach (var rule in s_rules)
            {
                foreach (var path in new[] { "/repo/.mcp.json", "/repo/sub/.vscode/mcp.json", "/repo/tools/agent/.mcp.json", "/elsewhere/.mcp.json" })
                {
                    var expected = roslyn.FromConfiguration(rule, path);
                    Assert.AreEqual(expected, written.FromConfiguration(rule, path), $"file set {i}, {rule.Id}, {path}, written");
                    Assert.AreEqual(expected, read.FromConfiguration(rule, path), $"file set {i}, {rule.Id}, {path}, read back");
                }
            }

            Assert.HasCount(i + 1, Directory.GetFiles(_cache, "severities-*.cache"), $"file set {i}");
        }
    }

    /// <summary>The second check answers from the table (an edited entry shows), and a changed severity file's text is parsed again.</summary>
    [TestMethod]
    public void Table_IsReadWhileTheTextsAreTheSame_NotAfterAChange()
    {
        var files = Files(("/repo/.editorconfig", "[*.json]\ndotnet_diagnostic.MCPG201.severity = error\n"));
        _ = WriteTableThenEdit(files, "Info");

        var fromTable = SeverityResolver.Create(files, SeverityOptions.Default, parseAlways: false, _cache, s_checkedPaths);
        var changed = SeverityResolver.Create(
            Files(("/repo/.editorconfig", "[*.json]\ndotnet_diagnostic.MCPG201.severity = error\n\n")), SeverityOptions.Default, parseAlways: false, _cache, s_checkedPaths);

        Assert.AreEqual(RuleSeverity.Info, fromTable.FromConfiguration(PinServerPackageVersionRule.Rule, "/repo/.mcp.json"));
        Assert.AreEqual(RuleSeverity.Error, changed.FromConfiguration(PinServerPackageVersionRule.Rule, "/repo/.mcp.json"));
    }

    /// <summary>
    /// A table others can write could turn rules off: on Linux and macOS it is never read, and Roslyn answers. (Windows
    /// checks no ownership: the cache folder is inside the user's profile, so the table is read there.)
    /// </summary>
    [TestMethod]
    public void Table_OthersCanWrite_IsNotRead()
    {
        var files = Files(("/repo/.editorconfig", "[*.json]\ndotnet_diagnostic.MCPG201.severity = error\n"));
        var table = WriteTableThenEdit(files, "None");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(table, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite);
        }

        var resolver = SeverityResolver.Create(files, SeverityOptions.Default, parseAlways: false, _cache, s_checkedPaths);

        Assert.AreEqual(OperatingSystem.IsWindows() ? RuleSeverity.None : RuleSeverity.Error, resolver.FromConfiguration(PinServerPackageVersionRule.Rule, "/repo/.mcp.json"));
    }

    /// <summary>The first check writes the table; its MCPG201 entry (Error) is then changed to <paramref name="severity"/>, as no check would write it.</summary>
    private string WriteTableThenEdit(List<KeyValuePair<string, string>> files, string severity)
    {
        _ = SeverityResolver.Create(files, SeverityOptions.Default, parseAlways: false, _cache, s_checkedPaths);
        var table = Directory.GetFiles(_cache, "severities-*.cache")[0];
        File.WriteAllText(table, File.ReadAllText(table).Replace("MCPG201 Error", "MCPG201 " + severity, StringComparison.OrdinalIgnoreCase));
        return table;
    }

    private static List<KeyValuePair<string, string>> Files(params (string Path, string Text)[] files)
    {
        var list = new List<KeyValuePair<string, string>>();
        foreach (var (path, text) in files)
        {
            list.Add(new KeyValuePair<string, string>(path, text));
        }

        return list;
    }
}
