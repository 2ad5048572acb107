using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using McpGuard.Core.Tests.Corpus;
using McpGuard.Rules;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Documentation;

/// <summary>
/// McpGuard's ids are MCPGnnn: the ModelContextProtocol SDK's analyzer owns MCP001, MCP002 and the rest of the MCP
/// prefix. No id of the old form is left in what ships or documents the package; the README's list of the SDK's own
/// ids is the one place such an id may appear.
/// </summary>
[TestClass]
public sealed partial class RuleIdPrefixTests
{
    private static readonly string[] s_checkedFolders = { "src", "build", "docs", "samples" };

    private static readonly HashSet<string> s_textExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".cs", ".md", ".json", ".props", ".targets", ".proj", ".csproj", ".globalconfig", ".editorconfig", ".sh", ".txt", ".yaml", ".yml", ".toml", ".xml",
    };

    [TestMethod]
    public void EveryRuleId_HasTheMcpgPrefix()
    {
        foreach (var rule in RuleCatalog.Descriptors)
        {
            StringAssert.Matches(rule.Id, IdPattern(), rule.Id);
        }
    }

    [TestMethod]
    public void SourceBuildDocsAndSamples_HoldNoOldFormId()
    {
        var root = CorpusTests.FindRepositoryRoot();
        var hits = new List<string>();
        foreach (var folder in s_checkedFolders)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, folder), "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                if (relative.Split('/').Any(part => part is "bin" or "obj") || !s_textExtensions.Contains(Path.GetExtension(file)) && !Path.GetFileName(file).StartsWith('.'))
                {
                    continue;
                }

                hits.AddRange(OldIdsIn(relative, File.ReadAllLines(file)));
            }
        }

        Assert.AreEqual(0, hits.Count, "Ids of the old form:\n  " + string.Join("\n  ", hits));
    }

    [TestMethod]
    public void Readme_NamesOldFormIdsOnlyInTheListOfTheSdksIds()
    {
        var lines = File.ReadAllLines(Path.Combine(CorpusTests.FindRepositoryRoot(), "README.md"));
        var sdkTable = new HashSet<string>(StringComparer.Ordinal)
        {
            "| `MCP001` | Invalid XML documentation for an MCP method |",
            "| `MCP002` | MCP method must be partial to generate `[Description]` attributes |",
        };

        var hits = OldIdsIn("README.md", lines.Where(line => !sdkTable.Contains(line))).ToList();

        Assert.AreEqual(0, hits.Count, "Ids of the old form outside the SDK's list:\n  " + string.Join("\n  ", hits));
        Assert.IsTrue(sdkTable.All(lines.Contains), "README lists the SDK's MCP001 and MCP002");
    }

    /// <summary>Lines of <paramref name="lines"/> with an id of the old form (MCP and three digits, not MCPG).</summary>
    public static IEnumerable<string> OldIdsIn(string name, IEnumerable<string> lines)
    {
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            foreach (Match match in OldIdPattern().Matches(line))
            {
                yield return $"{name}:{number}: {match.Value}";
            }
        }
    }

    [GeneratedRegex("^MCPG[0-9]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex("(?<![A-Za-z0-9_])MCP[0-9]{3}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex OldIdPattern();
}
