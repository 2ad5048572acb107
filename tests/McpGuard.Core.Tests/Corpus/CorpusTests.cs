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

    /// <summary>
    /// Where McpGuard's count differs from MANIFEST.tsv's servers column, on purpose: 046 and 124 put mcpServers in Claude
    /// settings, where Claude Code ignores them (MCPG003); 086 is written in VS Code's shape for Amazon Q; registry files
    /// count their packages and remotes.
    /// </summary>
    private static readonly Dictionary<string, int> s_serverCountOverrides = new(StringComparer.Ordinal)
    {
        ["046"] = 0,
        ["077"] = 1,
        ["078"] = 1,
        ["079"] = 1,
        ["080"] = 1,
        ["081"] = 2,
        ["082"] = 1,
        ["086"] = 0, // VS Code's inputs/servers shape in an Amazon Q file, which reads only mcpServers (MCPG003)
        ["124"] = 0, // mcpServers inside Claude settings, like 046
    };

    private static string CorpusDirectory => CorpusManifest.Directory;

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

        Assert.AreEqual(124, checkedFiles, "every corpus file is read");
        var snapshotPath = Path.Combine(AppContext.BaseDirectory, "corpus", "expected-findings.txt");
        if (Environment.GetEnvironmentVariable("MCPGUARD_UPDATE_SNAPSHOTS") == "1")
        {
            // Rewrite the source snapshot for review (git diff), then compare against what was written.
            snapshotPath = Path.Combine(FindRepositoryRoot(), "tests", "corpus", "expected-findings.txt");
            File.WriteAllText(snapshotPath, actual.ToString());
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
    public void Corpus_InvalidFileIsTheOnlyMcpg001()
    {
        var withMcpg001 = new List<string>();
        foreach (var (file, repositoryPath, format) in ReadManifest())
        {
            var bytes = File.ReadAllBytes(Path.Combine(CorpusDirectory, "files", file));
            if (ConfigChecker.Check("/repo/" + repositoryPath, format, bytes).Any(f => f.RuleId == "MCPG001"))
            {
                withMcpg001.Add(file);
            }
        }

        CollectionAssert.AreEqual(new[] { "017__0GiS0__mcp-sampling__.vscode__mcp.json" }, withMcpg001);
    }

    /// <summary>The wrong-client cases MANIFEST.tsv notes, each at its line (checked against the files by hand).</summary>
    [TestMethod]
    public void Corpus_WrongClientKeysAndSyntax_AreReportedAtTheirLines()
    {
        var actual = new List<string>();
        foreach (var (file, repositoryPath, format) in ReadManifest())
        {
            foreach (var finding in ConfigChecker.Check("/repo/" + repositoryPath, format, File.ReadAllBytes(Path.Combine(CorpusDirectory, "files", file))))
            {
                if (finding.RuleId is "MCPG003" or "MCPG005")
                {
                    actual.Add($"{file.Substring(0, 3)} {finding.RuleId} line {finding.Span.Start.Line + 1}");
                }
            }
        }

        CollectionAssert.AreEqual(
            new[]
            {
                "004 MCPG003 line 14", // Cline's alwaysAllow in a Claude .mcp.json
                "006 MCPG005 line 7", // VS Code ${input:…} in a Claude .mcp.json
                "008 MCPG003 line 179",
                "008 MCPG003 line 180",
                "013 MCPG005 line 6", // ${workspaceFolder} in a Claude .mcp.json
                "019 MCPG005 line 9", // ${VAR} in a VS Code file
                "034 MCPG003 line 4",
                "046 MCPG003 line 6", // mcpServers inside Claude settings
                "063 MCPG005 line 1",
                "063 MCPG005 line 1", // ${VAR} in Roo, which expands ${env:VAR}
                "086 MCPG003 line 2", // VS Code's inputs in an Amazon Q file
                "086 MCPG003 line 88", // VS Code's servers in an Amazon Q file (its servers are never started)
                "099 MCPG005 line 109", // %PATH% in Cline, which expands ${env:VAR} only (a miss in the 2026-12 review, found since)
                "102 MCPG003 line 91", // Windsurf: a documentation-only metadata block on each disabled server (lines 91-146;
                "102 MCPG003 line 102", // judged wrong in review-2026-12.md, class 6: should be Info)
                "102 MCPG003 line 113",
                "102 MCPG003 line 124",
                "102 MCPG003 line 135",
                "102 MCPG003 line 146",
                "103 MCPG005 line 10", // ${GITHUB_TOKEN} in Windsurf, which expands ${env:VAR}
                "114 MCPG005 line 24", // ${workspaceFolder} in a Continue block (advice: a relative path; the earlier '${{ secrets.… }}' was judged wrong)
                "115 MCPG003 line 1", // not a Continue block: a bare mapping without name/version/schema/mcpServers
                "124 MCPG003 line 3", // mcpServers inside Claude settings, like 046
            },
            actual);
    }

    [TestMethod]
    public void Corpus_ServerCountsMatchTheFiles()
    {
        var differences = new List<string>();
        foreach (var columns in CorpusManifest.Rows())
        {
            var file = columns[0];
            var format = ConfigFormat.Get(CorpusManifest.ClientOf(columns[4]));
            var parsed = McpGuard.Parsing.ConfigReader.Read("/repo/" + columns[2], format, McpGuard.Text.ConfigText.ToUtf8(File.ReadAllBytes(Path.Combine(CorpusDirectory, "files", file))));
            if (parsed.Root is not McpGuard.Syntax.JsonObjectNode root)
            {
                Assert.AreEqual("017__0GiS0__mcp-sampling__.vscode__mcp.json", file, "only the known-bad file fails to parse");
                continue;
            }

            var actual = McpDocumentBuilder.Build("/repo/" + columns[2], format, root).Servers.Count;
            var expected = s_serverCountOverrides.TryGetValue(file.Substring(0, 3), out var overridden) ? overridden : int.Parse(columns[10], System.Globalization.CultureInfo.InvariantCulture);
            if (actual != expected)
            {
                differences.Add($"{file}: {actual} servers, expected {expected}");
            }
        }

        Assert.IsEmpty(differences, string.Join("\n", differences));
    }

    internal static IEnumerable<(string File, string Path, ConfigFormat Format)> ReadManifest()
    {
        foreach (var columns in CorpusManifest.Rows())
        {
            yield return (columns[0], columns[2], ConfigFormat.Get(CorpusManifest.ClientOf(columns[4])));
        }
    }

    internal static string FindRepositoryRoot()
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
