using System;
using McpGuard.Launch;
using NuGet.Versioning;

namespace McpGuard.Advisories;

/// <summary>
/// A version in its ecosystem's order: SemVer 2.0 for npm, crates.io and Go (Go's leading <c>v</c> optional), NuGet's own
/// order for NuGet, PEP 440 for PyPI, and for container image tags SemVer-like tags (<c>v1.2</c>, <c>1.2.3</c>).
/// Versions of different ecosystems are never compared.
/// </summary>
public sealed class AdvisoryVersion : IComparable<AdvisoryVersion>
{
    private readonly NuGetVersion? _semantic;
    private readonly Pep440Version? _pep440;

    private AdvisoryVersion(string text, NuGetVersion? semantic, Pep440Version? pep440)
    {
        Text = text;
        _semantic = semantic;
        _pep440 = pep440;
    }

    /// <summary>The version as written.</summary>
    public string Text { get; }

    /// <summary>Reads a version of an advisory record or a launch command; <c>false</c> when the ecosystem cannot order it.</summary>
    public static bool TryParse(PackageEcosystem ecosystem, string? text, out AdvisoryVersion? version)
    {
        version = null;
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0 || trimmed.Length > 256)
        {
            return false;
        }

        switch (ecosystem)
        {
            case PackageEcosystem.PyPI:
                if (Pep440Version.TryParse(trimmed, out var pep440))
                {
                    version = new AdvisoryVersion(trimmed, null, pep440);
                }

                break;
            case PackageEcosystem.NuGet:
                if (NuGetVersion.TryParse(trimmed, out var nuget))
                {
                    version = new AdvisoryVersion(trimmed, nuget, null);
                }

                break;
            case PackageEcosystem.Oci:
                // Tags are free text: only those that read as versions are ordered (latest, main, sha-… are not).
                var tag = trimmed.StartsWith("v", StringComparison.OrdinalIgnoreCase) ? trimmed.Substring(1) : trimmed;
                if (tag.Length > 0 && char.IsDigit(tag[0]) && NuGetVersion.TryParse(tag, out var tagged))
                {
                    version = new AdvisoryVersion(trimmed, tagged, null);
                }

                break;
            default:
                // npm, crates.io, JSR: strict SemVer 2.0. Go: SemVer with the module system's leading 'v'.
                var semver = ecosystem == PackageEcosystem.Go && trimmed.StartsWith("v", StringComparison.Ordinal) ? trimmed.Substring(1) : trimmed;
                if (SemanticVersion.TryParse(semver, out _) && NuGetVersion.TryParse(semver, out var strict))
                {
                    version = new AdvisoryVersion(trimmed, strict, null);
                }

                break;
        }

        return version is not null;
    }

    /// <summary>
    /// The exact version a registry reference runs, in its ecosystem's order; <c>null</c> when it names none (unpinned, a
    /// range, a tag such as <c>latest</c>) or the version cannot be ordered. What counts as exact is <see cref="PackagePinning"/>'s.
    /// </summary>
    public static AdvisoryVersion? Of(PackageReference package)
    {
        if (package is null || package.Source != PackageSource.Registry || package.Version is not { } written)
        {
            return null;
        }

        switch (package.Ecosystem)
        {
            case PackageEcosystem.Oci:
                return TryParse(PackageEcosystem.Oci, written, out var tag) ? tag : null;
            case PackageEcosystem.PyPI:
                // ==1.2.3, ===1.2.3 and uv's @1.2.3: the text after the operator, in PEP 440 order.
                return PackagePinning.ExactVersion(package) is null ? null
                    : TryParse(PackageEcosystem.PyPI, written.Trim().TrimStart('=', '@'), out var python) ? python : null;
            default:
                if (PackagePinning.ExactVersion(package) is not { } exact)
                {
                    return null;
                }

                var text = package.Ecosystem == PackageEcosystem.Go ? written.Trim() : exact.ToNormalizedString();
                return TryParse(package.Ecosystem, text, out var version) ? version : null;
        }
    }

    public int CompareTo(AdvisoryVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        if (_pep440 is not null && other._pep440 is not null)
        {
            return _pep440.CompareTo(other._pep440);
        }

        if (_semantic is not null && other._semantic is not null)
        {
            // Build metadata has no precedence in SemVer 2.0 (nor in NuGet).
            return VersionComparer.VersionRelease.Compare(_semantic, other._semantic);
        }

        throw new InvalidOperationException("Versions of different ecosystems cannot be ordered.");
    }

    public override string ToString() => Text;
}
