using System;
using NuGet.Versioning;

namespace McpGuard.Launch;

/// <summary>What counts as pinned, per ecosystem (see the launcher pinning table in docs/rules/MCPG201.md).</summary>
public static class PackagePinning
{
    public static bool IsPinned(PackageReference package)
    {
        switch (package.Source)
        {
            case PackageSource.Local:
                return true;
            case PackageSource.Git:
                return IsCommit(package.Version);
            case PackageSource.Url:
                return false;
        }

        return package.Ecosystem switch
        {
            PackageEcosystem.Oci => package.Digest is not null,

            // go run module@<commit> resolves to one pseudo-version: fixed content, checked against the checksum database.
            PackageEcosystem.Go => ExactVersion(package) is not null || IsCommit(package.Version),
            _ => ExactVersion(package) is not null,
        };
    }

    /// <summary>The exact version a registry reference asks for (<c>1.2.3</c> of <c>==1.2.3</c>), or <c>null</c> for none, a tag or a range.</summary>
    public static NuGetVersion? ExactVersion(PackageReference package)
    {
        var version = package.Version?.Trim();
        if (string.IsNullOrEmpty(version) || package.Source != PackageSource.Registry)
        {
            return null;
        }

        switch (package.Ecosystem)
        {
            case PackageEcosystem.PyPI:
                // ==1.2.3 and ===1.2.3 pin; @1.2.3 is uv's shorthand for ==.
                var exact = version!.StartsWith("==", StringComparison.Ordinal) ? version.TrimStart('=') : version.StartsWith("@", StringComparison.Ordinal) ? version.Substring(1) : null;
                return exact is not null && IsPythonExactVersion(exact.Trim()) ? ParseLoosely(exact.Trim()) : null;
            case PackageEcosystem.NuGet:
                return NuGetVersion.TryParse(version!, out var nuget) ? nuget : null;
            case PackageEcosystem.Oci:
                return null;
            case PackageEcosystem.Go:
                // v1.2.3, v1.2.3-pre, and pseudo-versions (v0.0.0-20240101120000-abcdef123456) name one release; v1, latest and branches do not.
                return version!.StartsWith("v", StringComparison.Ordinal) && SemanticVersion.TryParse(version.Substring(1), out _) && NuGetVersion.TryParse(version.Substring(1), out var module) ? module : null;
            default:
                // npm and JSR: SemVer 2.0 exactly (a leading 'v' or '=' is accepted by npm).
                var trimmed = version!.TrimStart('=', 'v');
                return SemanticVersion.TryParse(trimmed, out _) && NuGetVersion.TryParse(trimmed, out var semver) ? semver : null;
        }
    }

    /// <summary>A full git commit id (40 or 64 hex digits); a tag or a branch can be moved.</summary>
    public static bool IsCommit(string? revision)
    {
        if (revision is null || (revision.Length != 40 && revision.Length != 64))
        {
            return false;
        }

        foreach (var c in revision)
        {
            if (!Uri.IsHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPythonExactVersion(string version)
    {
        if (version.Length == 0 || !char.IsDigit(version[0]))
        {
            return false;
        }

        foreach (var c in version)
        {
            if (!char.IsLetterOrDigit(c) && c != '.' && c != '-' && c != '+' && c != '!' && c != '_')
            {
                return false;
            }
        }

        // 1.x is a range to the people who write it, not a release.
        return Array.IndexOf(version.Split('.'), "x") < 0 && Array.IndexOf(version.Split('.'), "X") < 0;
    }

    /// <summary>A PEP 440 release such as <c>2025.7.1</c> or <c>1.0rc1</c>, as far as NuGet.Versioning can order it.</summary>
    private static NuGetVersion? ParseLoosely(string version)
    {
        if (NuGetVersion.TryParse(version, out var parsed))
        {
            return parsed;
        }

        // 1.0rc1, 1.0.post1: keep the numeric release and treat the rest as a prerelease label.
        var end = 0;
        while (end < version.Length && (char.IsDigit(version[end]) || version[end] == '.'))
        {
            end++;
        }

        var release = version.Substring(0, end).TrimEnd('.');
        var label = new string(Array.FindAll(version.Substring(end).ToCharArray(), char.IsLetterOrDigit));
        return NuGetVersion.TryParse(release.Length == 0 ? "0" : release + (label.Length > 0 ? "-" + label : string.Empty), out var loose) ? loose : null;
    }
}
