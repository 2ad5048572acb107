using System;

namespace McpGuard.Launch;

/// <summary>Package arguments that are not registry packages: git repositories, URLs (tarballs, wheels) and local paths.</summary>
internal static class PackageSources
{
    private static readonly string[] s_gitPrefixes = { "git+", "git:", "git@", "github:", "gitlab:", "bitbucket:", "gist:" };
    private static readonly string[] s_gitHosts = { "://github.com/", "://gitlab.com/", "://bitbucket.org/", "://www.github.com/" };
    private static readonly string[] s_archives = { ".tgz", ".tar.gz", ".whl", ".zip", ".nupkg", ".tar.bz2" };

    /// <summary>The reference for a git, URL or local spec; <c>null</c> for a registry package.</summary>
    public static PackageReference? Classify(PackageEcosystem ecosystem, string spec, CommandToken token)
    {
        if (ecosystem == PackageEcosystem.Oci)
        {
            return null;
        }

        if (IsLocal(spec))
        {
            return new PackageReference(ecosystem, spec, spec, null, token, PackageSource.Local);
        }

        // PyPI: "name @ git+https://…" (a direct reference with a name).
        var direct = ecosystem == PackageEcosystem.PyPI ? spec.IndexOf(" @ ", StringComparison.Ordinal) : -1;
        var location = direct > 0 ? spec.Substring(direct + 3).Trim() : spec;
        if (IsGit(ecosystem, location))
        {
            var (name, revision) = SplitRevision(ecosystem, location);
            return new PackageReference(ecosystem, spec, name, revision, token, PackageSource.Git);
        }

        if (location.IndexOf("://", StringComparison.Ordinal) > 0)
        {
            return new PackageReference(ecosystem, spec, location, null, token, PackageSource.Url);
        }

        return null;
    }

    private static bool IsLocal(string spec)
    {
        if (spec.StartsWith(".", StringComparison.Ordinal) || spec.StartsWith("/", StringComparison.Ordinal) || spec.StartsWith("~", StringComparison.Ordinal)
            || spec.StartsWith("file:", StringComparison.OrdinalIgnoreCase) || spec.IndexOf('\\') >= 0
            || (spec.Length > 2 && char.IsLetter(spec[0]) && spec[1] == ':' && (spec[2] == '/' || spec[2] == '\\')))
        {
            return true;
        }

        // A tarball or wheel named without a URL is a file here.
        return spec.IndexOf("://", StringComparison.Ordinal) < 0 && IsArchive(spec);
    }

    private static bool IsGit(PackageEcosystem ecosystem, string spec)
    {
        foreach (var prefix in s_gitPrefixes)
        {
            if (spec.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        var scheme = spec.IndexOf("://", StringComparison.Ordinal);
        if (scheme > 0)
        {
            var path = spec.Split('#')[0];
            if (IsArchive(path))
            {
                return false;
            }

            foreach (var host in s_gitHosts)
            {
                if (spec.IndexOf(host, StringComparison.OrdinalIgnoreCase) > 0)
                {
                    return true;
                }
            }

            return path.EndsWith(".git", StringComparison.OrdinalIgnoreCase);
        }

        // npm: "user/repo" is GitHub shorthand (scoped packages start with '@').
        return ecosystem == PackageEcosystem.Npm && spec.IndexOf('/') > 0 && !spec.StartsWith("@", StringComparison.Ordinal) && spec.IndexOf(':') < 0;
    }

    /// <summary>npm: <c>repo#commit-ish</c>; pip and uv: <c>git+https://host/repo@rev</c> (a <c>#egg=…</c> fragment is not the revision).</summary>
    private static (string Name, string? Revision) SplitRevision(PackageEcosystem ecosystem, string spec)
    {
        var hash = spec.IndexOf('#');
        if (ecosystem == PackageEcosystem.Npm)
        {
            return hash > 0 ? (spec.Substring(0, hash), spec.Substring(hash + 1)) : (spec, null);
        }

        var withoutFragment = hash > 0 ? spec.Substring(0, hash) : spec;
        var at = withoutFragment.LastIndexOf('@');
        var lastSlash = withoutFragment.LastIndexOf('/');
        return at > lastSlash && at > withoutFragment.IndexOf("://", StringComparison.Ordinal) + 3
            ? (withoutFragment.Substring(0, at), withoutFragment.Substring(at + 1))
            : (withoutFragment, null);
    }

    private static bool IsArchive(string spec)
    {
        foreach (var extension in s_archives)
        {
            if (spec.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
