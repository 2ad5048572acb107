using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using McpGuard.Analyzers.Tests.Infrastructure;
using McpGuard.Core.Tests.Corpus;
using McpGuard.Discovery;
using McpGuard.Model;
using McpGuard.Scanning;
using McpGuard.Severity;
using McpGuard.Suppression;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Analyzers.Tests;

/// <summary>
/// Both hosts over the same engine: every real configuration of tests/corpus, read from disk the way the task reads it
/// (<see cref="ConfigScanner.Run"/>) and handed to the analyzer as AdditionalFiles of a compilation, gives the same
/// rule, span and severity, under each of the settings below. McpGuardMode is left out: in the IDE the compiler applies
/// the mode's shipped .globalconfig, which an in-memory compilation does not load.
/// </summary>
[TestClass]
public sealed class HostParityTests
{
    private const string EditorConfig = "root = true\n[*]\ndotnet_diagnostic.MCPG101.severity = none\ndotnet_diagnostic.MCPG201.severity = suggestion\ndotnet_diagnostic.MCPG401.severity = error\n";

    [TestMethod]
    [DataRow("defaults", DisplayName = "catalog severities")]
    [DataRow("editorconfig", DisplayName = ".editorconfig none, suggestion, error")]
    [DataRow("level", DisplayName = "McpGuardLevel=warning")]
    [DataRow("suppressed", DisplayName = "McpGuardSuppress items")]
    [DataRow("baseline", DisplayName = "baseline")]
    public async Task EveryCorpusFile_SameFindingsInBothHosts(string scenario)
    {
        var root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "mcpguard-host-parity-" + Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            var configs = new List<ConfigFile>();
            var runner = new AnalyzerRunner();
            foreach (var row in CorpusManifest.Rows())
            {
                var client = CorpusManifest.ClientOf(row[4]);
                var path = Path.Combine(root, row[0]);
                File.WriteAllBytes(path, CorpusManifest.ReadFile(row[0]));
                configs.Add(new ConfigFile(path, ConfigFormat.Get(client)));
                runner.WithConfig(path, File.ReadAllText(path), client);
            }

            var level = scenario == "level" ? "warning" : "suggestion";
            var suppressions = scenario == "suppressed"
                ? new[] { new SuppressionEntry("MCPG201", justification: "parity"), new SuppressionEntry("MCPG101", server: "github", justification: "parity") }
                : Array.Empty<SuppressionEntry>();
            var request = new ScanRequest(configs, [], new SeverityOptions([], [], [], false, AnalysisMode.Default, scenario == "level" ? McpGuard.Rules.RuleSeverity.Warning : McpGuard.Rules.RuleSeverity.Info))
            {
                RepositoryRoot = root,
                Suppressions = suppressions,
            };
            runner.WithProperty("McpGuardLevel", level).WithProperty("McpGuardRepositoryRoot", root);
            if (suppressions.Length > 0)
            {
                runner.WithProperty("_McpGuardSuppressList", string.Join("|", suppressions.Select(s => s.Serialize())));
            }

            if (scenario == "editorconfig")
            {
                File.WriteAllText(Path.Combine(root, ".editorconfig"), EditorConfig);
                runner.WithEditorConfig(Path.Combine(root, ".editorconfig"), EditorConfig);
            }

            if (scenario == "baseline")
            {
                // Accept every MCPG201 and MCPG401 finding of the defaults; the rest stays reported.
                var all = ConfigScanner.Run(request).Reported.Where(f => f.RuleId is "MCPG201" or "MCPG401");
                var baselinePath = Path.Combine(root, Baseline.DefaultFileName);
                var baselineText = Baseline.From(all, root).ToJson();
                File.WriteAllText(baselinePath, baselineText);
                request.BaselineFile = baselinePath;
                runner.WithBaseline(baselinePath, baselineText);
            }

            var task = ConfigScanner.Run(request).Reported
                .Where(f => f.Severity != McpGuard.Rules.RuleSeverity.None)
                .Select(f => $"{Path.GetFileName(f.Path)} {f.RuleId} {(f.Severity == McpGuard.Rules.RuleSeverity.Info ? "info" : f.Severity.ToString().ToLowerInvariant())} ({f.Line},{f.Column})-({f.EndLine},{f.EndColumn})")
                .OrderBy(s => s, StringComparer.Ordinal)
                .ToList();
            var analyzer = (await runner.RunAsync())
                .Select(AnalyzerRunner.Describe)
                .OrderBy(s => s, StringComparer.Ordinal)
                .ToList();

            Assert.IsGreaterThan(80, configs.Count, "the corpus was not found");
            Assert.IsGreaterThan(100, task.Count, "too few findings for a meaningful comparison");
            var missing = task.Except(analyzer).ToList();
            var extra = analyzer.Except(task).ToList();
            Assert.IsTrue(missing.Count == 0 && extra.Count == 0, $"only the task: {string.Join("; ", missing.Take(10))}\nonly the analyzer: {string.Join("; ", extra.Take(10))}");
            CollectionAssert.AreEqual(task, analyzer);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
