using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using McpGuard.Build.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Build.Tests;

/// <summary>
/// The packed .nupkg carries no McpGuard id of the old form MCPnnn (the ModelContextProtocol SDK's analyzer owns that
/// prefix): not in its props, targets, presets and data, nor in the strings and embedded data of McpGuard's own assemblies.
/// </summary>
[TestClass]
public sealed partial class PackageRuleIdTests
{
    [TestMethod]
    public async Task PackedPackage_HoldsNoOldFormId_AndItsPresetsUseMcpgIds()
    {
        var package = await E2EEnvironment.GetPackageAsync();
        using var archive = ZipFile.OpenRead(package.NupkgPath);
        var hits = new List<string>();
        var checkedEntries = 0;
        var mcpgIds = 0;
        foreach (var entry in archive.Entries.Where(IsMcpGuardContent))
        {
            checkedEntries++;
            var bytes = PackageFeed.ReadEntry(entry).ToArray();
            // ASCII/UTF-8 text and data (embedded resources included), and UTF-16 literals at either alignment.
            var texts = new[] { Encoding.Latin1.GetString(bytes), Encoding.Unicode.GetString(bytes), bytes.Length > 1 ? Encoding.Unicode.GetString(bytes, 1, bytes.Length - 1) : string.Empty };
            foreach (var text in texts)
            {
                hits.AddRange(OldIdPattern().Matches(text).Select(m => $"{entry.FullName}: {m.Value}"));
                mcpgIds += NewIdPattern().Matches(text).Count;
            }
        }

        Assert.IsTrue(checkedEntries >= 8, $"only {checkedEntries} entries checked");
        Assert.IsTrue(mcpgIds > 0, "no MCPGnnn id found: the scan read nothing");
        Assert.AreEqual(0, hits.Count, "Ids of the old form in the package:\n  " + string.Join("\n  ", hits.Distinct()));
    }

    /// <summary>McpGuard's own files; third-party assemblies shipped beside them (Roslyn, YamlDotNet) are not ours to check.</summary>
    private static bool IsMcpGuardContent(ZipArchiveEntry entry) =>
        entry.Name.Length > 0
        && (!entry.Name.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) || entry.Name.StartsWith("McpGuard.", StringComparison.Ordinal))
        && !entry.FullName.StartsWith("package/services/", StringComparison.Ordinal)
        && !entry.Name.EndsWith(".p7s", StringComparison.Ordinal)
        && !entry.Name.EndsWith(".png", StringComparison.Ordinal);

    [GeneratedRegex("(?<![A-Za-z0-9_])MCP[0-9]{3}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex OldIdPattern();

    [GeneratedRegex("MCPG[0-9]{3}", RegexOptions.CultureInvariant)]
    private static partial Regex NewIdPattern();
}
