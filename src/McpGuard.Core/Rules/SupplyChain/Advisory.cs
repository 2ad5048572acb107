using System.Collections.Generic;
using McpGuard.Internal;
using McpGuard.Launch;
using NuGet.Versioning;

namespace McpGuard.Rules.SupplyChain;

/// <summary>A published advisory of a server package (<c>Data/advisories.json</c>, cited in docs/advisories.md).</summary>
public sealed class Advisory
{
    private static IReadOnlyList<Advisory>? s_all;

    public Advisory(string id, IReadOnlyList<string> aliases, PackageEcosystem ecosystem, string package, IReadOnlyList<VersionRange> affected, string? fixedVersion, string severity, string summary, string link)
    {
        Id = id;
        Aliases = aliases;
        Ecosystem = ecosystem;
        Package = package;
        Affected = affected;
        FixedVersion = fixedVersion;
        Severity = severity;
        Summary = summary;
        Link = link;
    }

    public string Id { get; }

    public IReadOnlyList<string> Aliases { get; }

    public PackageEcosystem Ecosystem { get; }

    public string Package { get; }

    /// <summary>The affected versions: any of these ranges (NuGet.Versioning syntax).</summary>
    public IReadOnlyList<VersionRange> Affected { get; }

    /// <summary>The first fixed version; <c>null</c> while no fix is published (an open advisory).</summary>
    public string? FixedVersion { get; }

    public string Severity { get; }

    public string Summary { get; }

    public string Link { get; }

    /// <summary>The id and its aliases: <c>GHSA-6xpm-ggf7-wc3p (CVE-2025-6514)</c>.</summary>
    public string DisplayId => Aliases.Count == 0 ? Id : $"{Id} ({string.Join(", ", Aliases)})";

    public static IReadOnlyList<Advisory> All => s_all ??= Load();

    public bool Affects(NuGetVersion version)
    {
        foreach (var range in Affected)
        {
            if (range.Satisfies(version))
            {
                return true;
            }
        }

        return false;
    }

    public static IEnumerable<Advisory> For(PackageEcosystem ecosystem, string package)
    {
        var name = KnownPackages.Normalize(ecosystem, package);
        foreach (var advisory in All)
        {
            if (advisory.Ecosystem == ecosystem && KnownPackages.Normalize(ecosystem, advisory.Package) == name)
            {
                yield return advisory;
            }
        }
    }

    private static IReadOnlyList<Advisory> Load()
    {
        var advisories = new List<Advisory>();
        using var data = EmbeddedData.Load("advisories.json");
        foreach (var item in data.RootElement.GetProperty("advisories").EnumerateArray())
        {
            var ranges = new List<VersionRange>();
            foreach (var text in EmbeddedData.ReadStrings(item, "affected"))
            {
                ranges.Add(VersionRange.Parse(text));
            }

            var fixedVersion = item.GetProperty("fixed");
            advisories.Add(new Advisory(
                item.GetProperty("id").GetString()!,
                EmbeddedData.ReadStrings(item, "aliases"),
                KnownPackages.ParseEcosystem(item.GetProperty("ecosystem").GetString()!),
                item.GetProperty("package").GetString()!,
                ranges,
                fixedVersion.ValueKind == System.Text.Json.JsonValueKind.String ? fixedVersion.GetString() : null,
                item.GetProperty("severity").GetString()!,
                item.GetProperty("summary").GetString()!,
                item.GetProperty("link").GetString()!));
        }

        return advisories;
    }
}
