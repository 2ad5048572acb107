using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using McpGuard.Core.Tests.Corpus;
using McpGuard.Rules;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Documentation;

/// <summary>
/// Rule ids are an API (users write them into .editorconfig, NoWarn and baselines), so every descriptor is recorded in
/// the analyzer release-tracking files with its category and default severity. The Roslyn release-tracking analyzer
/// sees only constant-id descriptors (MCPG703); this test covers every descriptor of the catalog.
/// Set MCPGUARD_UPDATE_SNAPSHOTS=1 to add the missing entries to AnalyzerReleases.Unshipped.md, then review the diff.
/// </summary>
[TestClass]
public sealed class AnalyzerReleaseTrackingTests
{
    private const string AnalyzerFolder = "src/McpGuard.Analyzers";

    [TestMethod]
    public void ReleaseTrackingFiles_ListEveryRuleWithItsCategoryAndSeverity()
    {
        var root = CorpusTests.FindRepositoryRoot();
        var shippedPath = Path.Combine(root, AnalyzerFolder, "AnalyzerReleases.Shipped.md");
        var unshippedPath = Path.Combine(root, AnalyzerFolder, "AnalyzerReleases.Unshipped.md");
        if (Environment.GetEnvironmentVariable("MCPGUARD_UPDATE_SNAPSHOTS") == "1")
        {
            var shippedOnly = Parse(File.ReadAllLines(shippedPath), "AnalyzerReleases.Shipped.md");
            File.WriteAllText(unshippedPath, GenerateUnshipped(shippedOnly.Entries));
        }

        var tracked = Parse(File.ReadAllLines(shippedPath).Concat(File.ReadAllLines(unshippedPath)), "AnalyzerReleases files");
        var problems = new List<string>(tracked.Problems);
        foreach (var rule in RuleCatalog.Descriptors)
        {
            if (!tracked.Entries.TryGetValue(rule.Id, out var entry))
            {
                problems.Add($"{rule.Id} has no entry");
                continue;
            }

            if (entry.Category != rule.Category)
            {
                problems.Add($"{rule.Id}: category {entry.Category}, descriptor says {rule.Category}");
            }

            if (entry.Severity != ReleaseSeverity(rule.DefaultSeverity))
            {
                problems.Add($"{rule.Id}: severity {entry.Severity}, descriptor says {ReleaseSeverity(rule.DefaultSeverity)}");
            }
        }

        foreach (var id in tracked.Entries.Keys.Where(id => RuleCatalog.Find(id) is null))
        {
            problems.Add($"{id} is tracked but no descriptor has that id");
        }

        Assert.AreEqual(0, problems.Count, "Release tracking (MCPGUARD_UPDATE_SNAPSHOTS=1 adds missing entries):\n  " + string.Join("\n  ", problems));
    }

    [TestMethod]
    public void Parse_ReportsAMissingIdAWrongColumnCountAndARemovedRule()
    {
        var lines = new[]
        {
            "## Release 0.1.0",
            "### New Rules",
            "Rule ID | Category | Severity | Notes",
            "--------|----------|----------|-------",
            "MCPG101 | Credentials | Error | first",
            " | Credentials | Error | no id",
            "MCPG102 | Credentials",
            "MCPG103 | Credentials | Warning | later removed",
            "## Release 0.2.0",
            "### Removed Rules",
            "Rule ID | Category | Severity | Notes",
            "--------|----------|----------|-------",
            "MCPG103 | Credentials | Warning | gone",
            "### Changed Rules",
            "Rule ID | New Category | New Severity | Old Category | Old Severity | Notes",
            "--------|--------------|--------------|--------------|--------------|-------",
            "MCPG101 | Credentials | Warning | Credentials | Error | lowered",
        };

        var tracked = Parse(lines, "sample");

        CollectionAssert.AreEquivalent(new[] { "MCPG101" }, tracked.Entries.Keys.ToArray());
        Assert.AreEqual("Warning", tracked.Entries["MCPG101"].Severity);
        CollectionAssert.AreEqual(
            new[] { "sample line 6: an entry names no rule", "sample line 7: expected 4 columns, found 2" },
            tracked.Problems.ToArray());
    }

    /// <summary>The release-tracking word for a default severity (DiagnosticSeverity, or Disabled when off by default).</summary>
    private static string ReleaseSeverity(RuleSeverity severity) => severity == RuleSeverity.None ? "Disabled" : severity.ToString();

    private static string GenerateUnshipped(IReadOnlyDictionary<string, TrackedRule> shipped)
    {
        var text = new StringBuilder();
        text.Append("; Unshipped analyzer release\n");
        text.Append("; https://github.com/dotnet/roslyn-analyzers/blob/main/src/Microsoft.CodeAnalysis.Analyzers/ReleaseTrackingAnalyzers.Help.md\n");
        text.Append("; Every rule id is listed, not only the constant-id descriptor the release-tracking analyzer sees (MCPG703);\n");
        text.Append("; AnalyzerReleaseTrackingTests checks the entries against RuleCatalog.Descriptors.\n\n");
        text.Append("### New Rules\n\n");
        text.Append("Rule ID | Category | Severity | Notes\n");
        text.Append("--------|----------|----------|-------\n");
        foreach (var rule in RuleCatalog.Descriptors.Where(rule => !shipped.ContainsKey(rule.Id)))
        {
            text.Append($"{rule.Id} | {rule.Category} | {ReleaseSeverity(rule.DefaultSeverity)} | {rule.Title.Replace('|', '/')}\n");
        }

        return text.ToString();
    }

    /// <summary>
    /// Reads the tables of release-tracking files in order: New Rules add an entry, Changed Rules replace its category and
    /// severity, Removed Rules drop it.
    /// </summary>
    private static TrackedRules Parse(IEnumerable<string> lines, string name)
    {
        var entries = new Dictionary<string, TrackedRule>(StringComparer.Ordinal);
        var problems = new List<string>();
        var section = "";
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.Trim();
            if (line.StartsWith("###", StringComparison.Ordinal))
            {
                section = line.TrimStart('#').Trim();
                continue;
            }

            if (line.Length == 0 || line.StartsWith(';') || line.StartsWith('#') || line.StartsWith("Rule ID", StringComparison.Ordinal) || line.StartsWith("---", StringComparison.Ordinal))
            {
                continue;
            }

            var cells = line.Split('|').Select(cell => cell.Trim()).ToArray();
            var expected = section == "Changed Rules" ? 6 : 4;
            if (cells.Length != expected)
            {
                problems.Add($"{name} line {number}: expected {expected} columns, found {cells.Length}");
                continue;
            }

            if (cells[0].Length == 0)
            {
                problems.Add($"{name} line {number}: an entry names no rule");
                continue;
            }

            switch (section)
            {
                case "New Rules":
                case "Changed Rules":
                    entries[cells[0]] = new TrackedRule(cells[1], cells[2]);
                    break;
                case "Removed Rules":
                    entries.Remove(cells[0]);
                    break;
                default:
                    problems.Add($"{name} line {number}: an entry outside a New, Changed or Removed Rules table");
                    break;
            }
        }

        return new TrackedRules(entries, problems);
    }

    private sealed record TrackedRule(string Category, string Severity);

    private sealed record TrackedRules(Dictionary<string, TrackedRule> Entries, List<string> Problems);
}
