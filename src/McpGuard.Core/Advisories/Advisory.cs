using System;
using System.Collections.Generic;
using McpGuard.Launch;

namespace McpGuard.Advisories;

/// <summary>
/// A published advisory of one server package, read from an OSV record: the shipped list (<c>Data/advisories.json</c>,
/// generated from <c>build/advisories/osv/</c> and cited in docs/advisories.md) or an <c>McpGuardAdvisorySource</c>.
/// </summary>
public sealed class Advisory
{
    public Advisory(
        string id, IReadOnlyList<string> aliases, PackageEcosystem ecosystem, string package, IReadOnlyList<AdvisoryRange> ranges, IReadOnlyList<AdvisoryVersion> versions, IReadOnlyList<string> exactVersions, string severity, string summary, string link)
    {
        Id = id;
        Aliases = aliases;
        Ecosystem = ecosystem;
        Package = package;
        Ranges = ranges;
        Versions = versions;
        ExactVersions = exactVersions;
        Severity = severity;
        Summary = summary;
        Link = link;
    }

    public string Id { get; }

    public IReadOnlyList<string> Aliases { get; }

    public PackageEcosystem Ecosystem { get; }

    public string Package { get; }

    /// <summary>The affected ranges (any of them), in the ecosystem's order.</summary>
    public IReadOnlyList<AdvisoryRange> Ranges { get; }

    /// <summary>The record's <c>versions</c> list, as far as the ecosystem orders them.</summary>
    public IReadOnlyList<AdvisoryVersion> Versions { get; }

    /// <summary>The <c>versions</c> list as written: container tags and <c>sha256:</c> digests match by text.</summary>
    public IReadOnlyList<string> ExactVersions { get; }

    /// <summary>The advisory's own rating (<c>critical</c>, <c>high</c>, <c>moderate</c>, <c>low</c>), or <c>unrated</c>.</summary>
    public string Severity { get; }

    public string Summary { get; }

    public string Link { get; }

    /// <summary>The id and its aliases: <c>GHSA-6xpm-ggf7-wc3p (CVE-2025-6514)</c>.</summary>
    public string DisplayId => Aliases.Count == 0 ? Id : $"{Id} ({string.Join(", ", Aliases)})";

    /// <summary>
    /// No range has a fixed release: every release up to its ceiling is affected, so an unpinned reference is too. A record
    /// with only a <c>versions</c> list never counts as open: it names some releases, not all.
    /// </summary>
    public bool IsOpen
    {
        get
        {
            foreach (var range in Ranges)
            {
                if (range.HasFix)
                {
                    return false;
                }
            }

            return Ranges.Count > 0;
        }
    }

    /// <summary>The shipped advisories.</summary>
    public static IReadOnlyList<Advisory> All => AdvisoryDatabase.Shipped.All;

    /// <summary>The shipped advisories of a package.</summary>
    public static IEnumerable<Advisory> For(PackageEcosystem ecosystem, string package) => AdvisoryDatabase.Shipped.For(ecosystem, package);

    public bool Affects(AdvisoryVersion version)
    {
        foreach (var listed in Versions)
        {
            if (listed.CompareTo(version) == 0)
            {
                return true;
            }
        }

        foreach (var range in Ranges)
        {
            if (range.Contains(version))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the <c>versions</c> list names this tag or digest exactly (container images).</summary>
    public bool ListsExactly(string? text)
    {
        foreach (var listed in ExactVersions)
        {
            if (text is not null && string.Equals(listed, text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The highest fixed release that is itself unaffected, for a match that has no ordered version (a listed image digest); <c>null</c> when none is published.</summary>
    public string? LatestFix()
    {
        AdvisoryVersion? best = null;
        foreach (var range in Ranges)
        {
            foreach (var item in range.Events)
            {
                if (item.Kind == AdvisoryEventKind.Fixed && item.Version is { } candidate && (best is null || candidate.CompareTo(best) > 0) && !Affects(candidate))
                {
                    best = candidate;
                }
            }
        }

        return best?.Text;
    }

    /// <summary>
    /// The lowest fixed release above <paramref name="version"/> that is itself unaffected, in any range (a <c>last_affected</c>
    /// range may be followed by a later range's fix); <c>null</c> when none is published.
    /// </summary>
    public string? FixedVersionFor(AdvisoryVersion version)
    {
        AdvisoryVersion? best = null;
        foreach (var range in Ranges)
        {
            foreach (var item in range.Events)
            {
                if (item.Kind == AdvisoryEventKind.Fixed && item.Version is { } candidate && candidate.CompareTo(version) > 0
                    && (best is null || candidate.CompareTo(best) < 0) && !Affects(candidate))
                {
                    best = candidate;
                }
            }
        }

        return best?.Text;
    }
}
