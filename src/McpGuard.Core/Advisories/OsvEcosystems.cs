using System;
using System.Collections.Generic;
using McpGuard.Internal;
using McpGuard.Launch;

namespace McpGuard.Advisories;

/// <summary>Which OSV ecosystems apply to which launchers' packages (<c>Data/osv-ecosystems.json</c>).</summary>
internal static class OsvEcosystems
{
    public const string Description = "an OSV ecosystem: npm, PyPI, NuGet, crates.io, Go, OCI (container images), or another one the OSV schema defines";

    private static readonly Lazy<(Dictionary<string, PackageEcosystem> Applied, HashSet<string> Defined)> s_data = new(Load);

    /// <summary>
    /// The launcher ecosystem of an OSV ecosystem name (<c>Debian:12</c> is <c>Debian</c>). <paramref name="known"/> is true
    /// for every name OSV defines, applied or not; false for a name it does not (a typo).
    /// </summary>
    public static bool TryMap(string name, out PackageEcosystem ecosystem, out bool known)
    {
        var colon = name.IndexOf(':');
        var baseName = (colon < 0 ? name : name.Substring(0, colon)).Trim();
        var data = s_data.Value;
        known = data.Applied.TryGetValue(baseName, out ecosystem) || data.Defined.Contains(baseName);
        return data.Applied.ContainsKey(baseName);
    }

    /// <summary>How a version of the ecosystem is written, for MCPG009's "valid values".</summary>
    public static string VersionSyntax(PackageEcosystem ecosystem) => ecosystem switch
    {
        PackageEcosystem.PyPI => "a PEP 440 version such as 1.2.3, 2.0rc1 or 1.0.post1",
        PackageEcosystem.NuGet => "a NuGet version such as 1.2.3 or 1.2.3.4-beta",
        PackageEcosystem.Go => "a Go module version such as 1.2.3 or v1.2.3 (SemVer 2.0)",
        PackageEcosystem.Oci => "an image tag that reads as a version (1.2.3, v1.2)",
        _ => "a SemVer 2.0 version such as 1.2.3 or 1.2.3-beta.1",
    };

    private static (Dictionary<string, PackageEcosystem>, HashSet<string>) Load()
    {
        using var data = EmbeddedData.Load("osv-ecosystems.json");
        var applied = new Dictionary<string, PackageEcosystem>(StringComparer.Ordinal);
        foreach (var property in data.RootElement.GetProperty("applied").EnumerateObject())
        {
            applied[property.Name] = property.Value.GetString() switch
            {
                "npm" => PackageEcosystem.Npm,
                "pypi" => PackageEcosystem.PyPI,
                "nuget" => PackageEcosystem.NuGet,
                "crates" => PackageEcosystem.Crates,
                "go" => PackageEcosystem.Go,
                "oci" => PackageEcosystem.Oci,
                var other => throw new InvalidOperationException($"osv-ecosystems.json: unknown launcher ecosystem '{other}'."),
            };
        }

        return (applied, new HashSet<string>(EmbeddedData.ReadStrings(data.RootElement, "defined"), StringComparer.Ordinal));
    }
}
