using System;
using System.Collections.Generic;
using McpGuard.Internal;
using McpGuard.Launch;
using McpGuard.Rules;

namespace McpGuard.Advisories;

/// <summary>
/// The advisories MCPG204 checks: the shipped list, plus the records of the <c>McpGuardAdvisorySource</c> items. A source's
/// record replaces a shipped one (or an earlier source's) with the same id or alias for the same package, so a team can
/// correct an entry instead of seeing it twice.
/// </summary>
public sealed class AdvisoryDatabase
{
    private static readonly Lazy<AdvisoryDatabase> s_shipped = new(LoadShipped);
    private readonly Dictionary<string, List<Advisory>> _byPackage = new(StringComparer.Ordinal);
    private readonly List<Advisory> _all = new();

    private AdvisoryDatabase(string fingerprint) => Fingerprint = fingerprint;

    /// <summary>The list that ships with McpGuard (<c>Data/advisories.json</c>).</summary>
    public static AdvisoryDatabase Shipped => s_shipped.Value;

    public IReadOnlyList<Advisory> All => _all;

    /// <summary>What distinguishes this set from another for a per-file cache: empty for the shipped list alone.</summary>
    public string Fingerprint { get; }

    /// <summary>The shipped list plus <paramref name="extra"/>, in order (a later record replaces an earlier one with a shared id).</summary>
    public static AdvisoryDatabase WithSources(IEnumerable<Advisory> extra, string fingerprint)
    {
        var database = new AdvisoryDatabase(fingerprint);
        foreach (var advisory in Shipped.All)
        {
            database.Add(advisory);
        }

        foreach (var advisory in extra)
        {
            database.Add(advisory);
        }

        return database;
    }

    public IEnumerable<Advisory> For(PackageEcosystem ecosystem, string package) =>
        _byPackage.TryGetValue(Key(ecosystem, package), out var advisories) ? advisories : Array.Empty<Advisory>();

    /// <summary>
    /// The advisories of a launched package. A Go package path (<c>github.com/o/r/cmd/server</c>) is matched by the modules
    /// that contain it (<c>github.com/o/r</c>), since OSV names Go modules.
    /// </summary>
    public IEnumerable<Advisory> For(PackageReference package)
    {
        if (package.Ecosystem != PackageEcosystem.Go)
        {
            return For(package.Ecosystem, package.Name);
        }

        var found = new List<Advisory>();
        var path = package.Name.TrimEnd('/');
        while (path.Length > 0)
        {
            found.AddRange(For(PackageEcosystem.Go, path));
            var slash = path.LastIndexOf('/');
            path = slash < 0 ? string.Empty : path.Substring(0, slash);
        }

        return found;
    }

    /// <summary>
    /// The lookup key: names as each registry compares them (PEP 503 for PyPI, case-insensitive elsewhere); container
    /// images without Docker Hub's implied <c>docker.io/library/</c>.
    /// </summary>
    internal static string Key(PackageEcosystem ecosystem, string name)
    {
        var normalized = KnownPackages.Normalize(ecosystem, name);
        if (ecosystem == PackageEcosystem.Oci)
        {
            foreach (var hub in new[] { "docker.io/", "index.docker.io/", "registry-1.docker.io/" })
            {
                if (normalized.StartsWith(hub, StringComparison.Ordinal))
                {
                    normalized = normalized.Substring(hub.Length);
                }
            }

            if (normalized.StartsWith("library/", StringComparison.Ordinal))
            {
                normalized = normalized.Substring("library/".Length);
            }
        }

        return ecosystem + ":" + normalized;
    }

    private void Add(Advisory advisory)
    {
        var key = Key(advisory.Ecosystem, advisory.Package);
        if (!_byPackage.TryGetValue(key, out var advisories))
        {
            advisories = new List<Advisory>();
            _byPackage[key] = advisories;
        }

        foreach (var replaced in advisories.FindAll(existing => SharesId(existing, advisory)))
        {
            advisories.Remove(replaced);
            _all.Remove(replaced);
        }

        advisories.Add(advisory);
        _all.Add(advisory);
    }

    private static bool SharesId(Advisory left, Advisory right)
    {
        var ids = new HashSet<string>(left.Aliases, StringComparer.OrdinalIgnoreCase) { left.Id };
        if (ids.Contains(right.Id))
        {
            return true;
        }

        foreach (var alias in right.Aliases)
        {
            if (ids.Contains(alias))
            {
                return true;
            }
        }

        return false;
    }

    private static AdvisoryDatabase LoadShipped()
    {
        var problems = new List<Finding>();
        var advisories = OsvRecordReader.ReadBundle("advisories.json", EmbeddedData.ReadBytes("advisories.json"), problems);
        if (problems.Count > 0)
        {
            // The shipped list is generated and tested (AdvisoryBundleTests): a problem here is a packaging defect.
            throw new InvalidOperationException("The shipped advisories.json has invalid records: " + problems[0].Message);
        }

        var database = new AdvisoryDatabase(string.Empty);
        foreach (var advisory in advisories)
        {
            database.Add(advisory);
        }

        return database;
    }
}
