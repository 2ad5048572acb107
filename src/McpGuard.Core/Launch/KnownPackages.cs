using System;
using System.Collections.Generic;
using McpGuard.Internal;

namespace McpGuard.Launch;

/// <summary>Well-known official server packages and known-malicious ones (<c>Data/known-packages.json</c>).</summary>
internal sealed class KnownPackages
{
    private static readonly char[] s_separators = { '-', '_', '.', '/', '@' };
    private static KnownPackages? s_default;

    private readonly Dictionary<PackageEcosystem, List<string>> _official = new();
    private readonly Dictionary<string, (string Reason, string Link)> _malicious = new(StringComparer.Ordinal);

    public static KnownPackages Default => s_default ??= Load();

    /// <summary>Lower case; PyPI treats <c>-</c>, <c>_</c> and <c>.</c> alike (PEP 503).</summary>
    public static string Normalize(PackageEcosystem ecosystem, string name)
    {
        var lower = name.Trim().ToLowerInvariant();
        return ecosystem == PackageEcosystem.PyPI ? lower.Replace('_', '-').Replace('.', '-') : lower;
    }

    public (string Reason, string Link)? FindMalicious(PackageEcosystem ecosystem, string name) =>
        _malicious.TryGetValue(ecosystem + ":" + Normalize(ecosystem, name), out var entry) ? entry : null;

    /// <summary>The official name this one imitates (one or two edits away), or <c>null</c>.</summary>
    public string? FindImitated(PackageEcosystem ecosystem, string name)
    {
        if (!_official.TryGetValue(ecosystem, out var official))
        {
            return null;
        }

        var normalized = Normalize(ecosystem, name);
        if (normalized.Length < 5 || official.Contains(normalized))
        {
            return null;
        }

        var allowed = normalized.Length >= 20 ? 2 : 1;
        foreach (var candidate in official)
        {
            var distance = NearMiss.Distance(normalized, candidate, allowed);
            if (distance <= allowed && !IsDifferentShortWord(normalized, candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary><c>mcp-server-gis</c> is not <c>mcp-server-git</c>: an edit inside a short word makes another word, not a typo.</summary>
    private static bool IsDifferentShortWord(string name, string candidate)
    {
        var left = name.Split(s_separators);
        var right = candidate.Split(s_separators);
        if (left.Length != right.Length)
        {
            return false;
        }

        for (var i = 0; i < left.Length; i++)
        {
            if (!string.Equals(left[i], right[i], StringComparison.Ordinal) && Math.Min(left[i].Length, right[i].Length) < 5)
            {
                return true;
            }
        }

        return false;
    }

    private static KnownPackages Load()
    {
        var known = new KnownPackages();
        using var data = EmbeddedData.Load("known-packages.json");
        foreach (var group in data.RootElement.GetProperty("official").EnumerateObject())
        {
            var ecosystem = ParseEcosystem(group.Name);
            var names = new List<string>();
            foreach (var name in group.Value.EnumerateArray())
            {
                names.Add(Normalize(ecosystem, name.GetString() ?? string.Empty));
            }

            known._official[ecosystem] = names;
        }

        foreach (var entry in data.RootElement.GetProperty("malicious").EnumerateArray())
        {
            var ecosystem = ParseEcosystem(entry.GetProperty("ecosystem").GetString() ?? string.Empty);
            var key = ecosystem + ":" + Normalize(ecosystem, entry.GetProperty("name").GetString() ?? string.Empty);
            known._malicious[key] = (entry.GetProperty("reason").GetString() ?? string.Empty, entry.GetProperty("link").GetString() ?? string.Empty);
        }

        return known;
    }

    internal static PackageEcosystem ParseEcosystem(string name) => name.ToLowerInvariant() switch
    {
        "pypi" => PackageEcosystem.PyPI,
        "nuget" => PackageEcosystem.NuGet,
        "oci" => PackageEcosystem.Oci,
        "jsr" => PackageEcosystem.Jsr,
        _ => PackageEcosystem.Npm,
    };
}
