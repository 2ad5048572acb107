using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using McpGuard.Model;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Corpus;

/// <summary>
/// Real configurations from public repositories (credentials replaced by synthetic look-alikes, see tests/corpus/README.md):
/// no exception, and exactly the reviewed findings of tests/corpus/expected-findings.txt.
/// Set MCPGUARD_UPDATE_SNAPSHOTS=1 to rewrite the snapshot, then review the diff.
/// </summary>
[TestClass]
public sealed class CorpusTests
{
    private static readonly Dictionary<string, ConfigFormat> s_formats = new(StringComparer.Ordinal)
    {
        ["claude-mcp-json"] = ConfigFormat.ClaudeProject,
        ["claude-settings"] = ConfigFormat.ClaudeSettings,
        ["claude-user-config"] = ConfigFormat.ClaudeUser,
        ["vscode"] = ConfigFormat.VsCode,
        ["cursor"] = ConfigFormat.Cursor,
    };

    private static string CorpusDirectory => Path.Combine(AppContext.BaseDirectory, "corpus");

    [TestMethod]
    public void Corpus_FindingsMatchReviewedSnapshot()
    {
        var actual = new StringBuilder();
        var checkedFiles = 0;
        foreach (var (file, repositoryPath, format) in ReadManifest())
        {
            var bytes = File.ReadAllBytes(Path.Combine(CorpusDirectory, "files", file));
            var path = "/repo/" + repositoryPath;
            checkedFiles++;
            foreach (var finding in ConfigChecker.Check(path, format, bytes))
            {
                var start = finding.Span.Start;
                actual.Append(file).Append('\t').Append(finding.RuleId).Append('\t')
                    .Append('(').Append(start.Line + 1).Append(',').Append(start.Column + 1).Append(")\t")
                    .Append(finding.Message).Append('\n');
            }
        }

        Assert.AreEqual(51, checkedFiles, "corpus files of the implemented formats");
        var snapshotPath = Path.Combine(AppContext.BaseDirectory, "corpus", "expected-findings.txt");
        if (Environment.GetEnvironmentVariable("MCPGUARD_UPDATE_SNAPSHOTS") == "1")
        {
            var source = Path.Combine(FindRepositoryRoot(), "tests", "corpus", "expected-findings.txt");
            File.WriteAllText(source, actual.ToString());
            Assert.Inconclusive($"Snapshot rewritten: {source}");
        }

        var expected = File.ReadAllText(snapshotPath).Replace("\r\n", "\n");
        var expectedLines = expected.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var actualLines = actual.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var missing = expectedLines.Except(actualLines).ToList();
        var extra = actualLines.Except(expectedLines).ToList();
        Assert.IsTrue(
            missing.Count == 0 && extra.Count == 0 && expectedLines.Length == actualLines.Length,
            $"Corpus findings changed.\nNo longer reported:\n  {string.Join("\n  ", missing)}\nNewly reported:\n  {string.Join("\n  ", extra)}");
    }

    [TestMethod]
    public void Corpus_InvalidFileIsTheOnlyMcp001()
    {
        var withMcp001 = new List<string>();
        foreach (var (file, repositoryPath, format) in ReadManifest())
        {
            var bytes = File.ReadAllBytes(Path.Combine(CorpusDirectory, "files", file));
            if (ConfigChecker.Check("/repo/" + repositoryPath, format, bytes).Any(f => f.RuleId == "MCP001"))
            {
                withMcp001.Add(file);
            }
        }

        CollectionAssert.AreEqual(new[] { "017__0GiS0__mcp-sampling__.vscode__mcp.json" }, withMcp001);
    }

    private static IEnumerable<(string File, string Path, ConfigFormat Format)> ReadManifest()
    {
        foreach (var line in File.ReadLines(Path.Combine(CorpusDirectory, "MANIFEST.tsv")).Skip(1))
        {
            var columns = line.Split('\t');
            if (columns.Length > 4 && s_formats.TryGetValue(columns[4], out var format))
            {
                yield return (columns[0], columns[2], format);
            }
        }
    }

    private static string FindRepositoryRoot()
    {
        var recorded = typeof(CorpusTests).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "McpGuardRepositoryRoot")?.Value;
        if (recorded is not null && File.Exists(Path.Combine(recorded, "McpGuard.Build.sln")))
        {
            return Path.GetFullPath(recorded);
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "McpGuard.Build.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("McpGuard.Build.sln not found above the test output.");
    }
}
