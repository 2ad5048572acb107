using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Corpus;

/// <summary>MANIFEST.tsv counts the unpinned package references of every corpus file; MCPG201/202/203 report each of them.</summary>
[TestClass]
public sealed class SupplyChainCorpusTests
{
    /// <summary>
    /// Where the count differs on purpose: 012 runs <c>docker compose run service</c> (a compose service, not an image);
    /// 046 puts its 13 servers in Claude settings, where Claude Code ignores them (MCPG003 reports the block instead);
    /// 086 writes its 7 servers in VS Code's shape for Amazon Q, which reads only mcpServers (MCPG003 likewise);
    /// 011's four <c>uv run --with fastmcp --with boto3 … server.py</c> servers also fetch their two <c>--with</c> packages
    /// unpinned (8 more than the manifest's count of its uvx servers); 044 has no servers, but five Claude Code hooks run
    /// <c>npx claude-flow@alpha</c>, which MCPG201 reports as for a server.
    /// </summary>
    private static readonly Dictionary<string, int> s_exceptions = new(StringComparer.Ordinal) { ["011"] = 17, ["012"] = 0, ["044"] = 5, ["046"] = 0, ["086"] = 0 };

    [TestMethod]
    public void EveryUnpinnedReferenceOfTheManifest_IsReported()
    {
        var unpinnedColumn = Array.IndexOf(File.ReadLines(Path.Combine(AppContext.BaseDirectory, "corpus", "MANIFEST.tsv")).First().Split('\t'), "pkg_refs_unpinned/total");
        var expected = new Dictionary<string, int>(StringComparer.Ordinal);
        var manifestTotal = 0;
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "corpus", "MANIFEST.tsv")).Skip(1))
        {
            var columns = line.Split('\t');
            var unpinned = int.Parse(columns[unpinnedColumn].Split('/')[0], System.Globalization.CultureInfo.InvariantCulture);
            manifestTotal += unpinned;
            expected[columns[0].Substring(0, 3)] = s_exceptions.TryGetValue(columns[0].Substring(0, 3), out var exception) ? exception : unpinned;
        }

        var mismatches = new List<string>();
        var total = 0;
        foreach (var (file, repositoryPath, format) in CorpusTests.ReadManifest())
        {
            var findings = ConfigChecker.Check("/repo/" + repositoryPath, format, File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "corpus", "files", file)));
            var reported = findings.Count(f => f.RuleId is "MCPG201" or "MCPG202" or "MCPG203");
            total += reported;
            if (reported != expected[file.Substring(0, 3)])
            {
                mismatches.Add($"{file}: MANIFEST {expected[file.Substring(0, 3)]}, reported {reported}");
            }
        }

        Assert.AreEqual(0, mismatches.Count, string.Join("\n", mismatches));
        Assert.AreEqual(170, manifestTotal, "MANIFEST.tsv's unpinned references");
        Assert.AreEqual(163, total, "170 unpinned references, less 012's compose service, 046's 13 and 086's 6 ignored ones, plus 011's 8 --with packages and 044's 5 hooks");
    }
}
