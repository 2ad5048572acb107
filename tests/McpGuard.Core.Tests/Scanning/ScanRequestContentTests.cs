using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using McpGuard.Core.Tests.Infrastructure;
using McpGuard.Discovery;
using McpGuard.Model;
using McpGuard.Rules;
using McpGuard.Scanning;
using McpGuard.Severity;
using McpGuard.Suppression;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Scanning;

/// <summary>
/// The command line's inputs to <see cref="ConfigScanner.Run"/>: <see cref="ScanRequest.ReadContent"/> (the git index),
/// <see cref="ScanRequest.ReportedConfigs"/> and <see cref="ScanRequest.AddsModePreset"/>.
/// </summary>
[TestClass]
public sealed class ScanRequestContentTests
{
    private const string Unpinned = "{ \"mcpServers\": { \"a\": { \"command\": \"npx\", \"args\": [\"-y\", \"left-pad-mcp\"] } } }\n";
    private const string Pinned = "{ \"mcpServers\": { \"a\": { \"command\": \"npx\", \"args\": [\"-y\", \"left-pad-mcp@1.0.0\"] } } }\n";

    [TestMethod]
    public void ReadContent_ReplacesTheDiskCopy_OfConfigurationsEditorConfigAndBaseline()
    {
        var root = TestPaths.CreateTemporaryDirectory();
        try
        {
            var config = Write(root, ".mcp.json", Pinned);
            var editorConfig = Write(root, ".editorconfig", "root = true\n");
            var baseline = Write(root, "mcpguard.baseline.json", "not json");
            var staged = new Dictionary<string, string>
            {
                [config] = Unpinned,
                [editorConfig] = "root = true\n[*.json]\ndotnet_diagnostic.MCPG201.severity = error\n",
                [baseline] = "{ \"version\": 1, \"findings\": [] }",
            };

            var result = ConfigScanner.Run(Request(root, config, staged));

            Assert.IsNull(result.BaselineProblem, "the staged baseline, not the disk's, was read");
            var finding = result.Reported.Single();
            Assert.AreEqual(("MCPG201", RuleSeverity.Error, 1, 59), (finding.RuleId, finding.Severity, finding.Line, finding.Column));
        }
        finally
        {
            TestPaths.DeleteQuietly(root);
        }
    }

    [TestMethod]
    public void ReadContent_OverTheLimit_IsMcpg001()
    {
        var root = TestPaths.CreateTemporaryDirectory();
        try
        {
            var config = Write(root, ".mcp.json", Pinned);
            var request = new ScanRequest(new[] { new ConfigFile(config, ConfigFormat.ClaudeProject) }, Array.Empty<string>(), SeverityOptions.Default, maxFileSize: 16)
            {
                RepositoryRoot = root.FullName,
                ReadContent = path => path == config ? new byte[17] : null,
            };

            var finding = ConfigScanner.Run(request).Reported.Single();
            Assert.AreEqual("MCPG001", finding.RuleId);
            StringAssert.Contains(finding.Message, "larger than the 16-byte limit");
        }
        finally
        {
            TestPaths.DeleteQuietly(root);
        }
    }

    [TestMethod]
    public void ReportedConfigs_ReportUnusedBaselineEntriesOnlyForTheFilesReported()
    {
        var root = TestPaths.CreateTemporaryDirectory();
        try
        {
            var checkedConfig = Write(root, ".mcp.json", Pinned);
            Write(root, "mcpguard.baseline.json", "{ \"version\": 1, \"findings\": [\n" +
                "  { \"ruleId\": \"MCPG201\", \"file\": \"other/.mcp.json\", \"jsonPath\": \"mcpServers.a.args[1]\" },\n" +
                "  { \"ruleId\": \"MCPG201\", \"file\": \".mcp.json\", \"jsonPath\": \"mcpServers.a.args[1]\" }\n] }");
            var request = Request(root, checkedConfig, new Dictionary<string, string>());

            var all = ConfigScanner.Run(request).Findings.Where(f => f.RuleId == RuleIds.UnusedSuppression).ToList();
            Assert.HasCount(2, all);

            request.ReportedConfigs = new[] { checkedConfig };
            var some = ConfigScanner.Run(request).Findings.Where(f => f.RuleId == RuleIds.UnusedSuppression).ToList();
            StringAssert.Contains(some.Single().Message, "'.mcp.json'");
        }
        finally
        {
            TestPaths.DeleteQuietly(root);
        }
    }

    [TestMethod]
    public void ReportedConfigs_ReadTheOthersAsContext_ForTheRulesAcrossFiles()
    {
        var root = TestPaths.CreateTemporaryDirectory();
        try
        {
            var servers = Write(root, ".mcp.json", Unpinned);
            var settings = Write(root, ".claude/settings.json", "{ \"enabledMcpjsonServers\": [\"a\", \"b\"] }\n");
            var request = new ScanRequest(
                new[] { new ConfigFile(servers, ConfigFormat.ClaudeProject), new ConfigFile(settings, ConfigFormat.ClaudeSettings) },
                Array.Empty<string>(),
                SeverityOptions.Default)
            {
                RepositoryRoot = root.FullName,
                ReportedConfigs = new[] { settings },
            };

            // .mcp.json, read as context, defines 'a' but not 'b'; its own MCPG201 is not reported.
            var finding = ConfigScanner.Run(request).Reported.Single();
            Assert.AreEqual((RuleIds.UnknownServerInApprovalList, settings, 1), (finding.RuleId, finding.Path, finding.Line));
            StringAssert.Contains(finding.Message, "'b'");

            // Without the context nothing is known about the project's servers, and MCPG611 stays silent.
            var alone = new ScanRequest(new[] { new ConfigFile(settings, ConfigFormat.ClaudeSettings) }, Array.Empty<string>(), SeverityOptions.Default) { RepositoryRoot = root.FullName };
            Assert.IsEmpty(ConfigScanner.Run(alone).Reported);
        }
        finally
        {
            TestPaths.DeleteQuietly(root);
        }
    }

    [TestMethod]
    public void AddsModePreset_AppliesTheModeWithoutAShippedFile_AndTheRepositoryConfigStillWins()
    {
        var root = TestPaths.CreateTemporaryDirectory();
        try
        {
            var config = Write(root, ".mcp.json", Unpinned);
            var options = new SeverityOptions(Array.Empty<string>(), Array.Empty<string>(), Array.Empty<string>(), false, AnalysisMode.Strict);
            var request = new ScanRequest(new[] { new ConfigFile(config, ConfigFormat.ClaudeProject) }, Array.Empty<string>(), options) { RepositoryRoot = root.FullName };
            Assert.AreEqual(RuleSeverity.Warning, ConfigScanner.Run(request).Reported.Single().Severity, "without the preset, strict needs the shipped file");

            request.AddsModePreset = true;
            Assert.AreEqual(RuleSeverity.Error, ConfigScanner.Run(request).Reported.Single().Severity);

            Write(root, ".editorconfig", "root = true\n[*.json]\ndotnet_diagnostic.MCPG201.severity = suggestion\n");
            Assert.AreEqual(RuleSeverity.Info, ConfigScanner.Run(request).Reported.Single().Severity);
        }
        finally
        {
            TestPaths.DeleteQuietly(root);
        }
    }

    private static ScanRequest Request(DirectoryInfo root, string config, Dictionary<string, string> staged) =>
        new(new[] { new ConfigFile(config, ConfigFormat.ClaudeProject) }, Array.Empty<string>(), SeverityOptions.Default)
        {
            RepositoryRoot = root.FullName,
            BaselineFile = Path.Combine(root.FullName, Baseline.DefaultFileName),
            ReadContent = path => staged.TryGetValue(path, out var text) ? Encoding.UTF8.GetBytes(text) : null,
        };

    private static string Write(DirectoryInfo root, string relativePath, string text)
    {
        var path = Path.Combine(root.FullName, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
