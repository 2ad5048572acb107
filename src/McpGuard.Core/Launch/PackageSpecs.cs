using System;

namespace McpGuard.Launch;

/// <summary>Registry package arguments per ecosystem: <c>@scope/pkg@1.2.3</c>, <c>pkg[extra]==1.0</c>, <c>image:tag@sha256:…</c>, <c>npm:</c>/<c>jsr:</c>.</summary>
internal static class PackageSpecs
{
    public static PackageReference ParseNpm(PackageEcosystem ecosystem, string spec, string written, CommandToken token)
    {
        var versionAt = spec.IndexOf('@', spec.StartsWith("@", StringComparison.Ordinal) ? 1 : 0);
        return versionAt < 0
            ? new PackageReference(ecosystem, written, spec, null, token)
            : new PackageReference(ecosystem, written, spec.Substring(0, versionAt), spec.Substring(versionAt + 1), token);
    }

    /// <summary>Deno: <c>npm:pkg@1.2.3</c>, <c>jsr:@scope/pkg@1.2.3</c> (a <c>/subpath</c> after the version is dropped); URLs and scripts are not packages.</summary>
    public static PackageReference? ParseSpecifier(string spec, CommandToken token)
    {
        var ecosystem = spec.StartsWith("npm:", StringComparison.Ordinal) ? PackageEcosystem.Npm
            : spec.StartsWith("jsr:", StringComparison.Ordinal) ? PackageEcosystem.Jsr
            : (PackageEcosystem?)null;
        if (ecosystem is null)
        {
            return null;
        }

        var package = ParseNpm(ecosystem.Value, spec.Substring(4), spec, token);
        var version = package.Version;
        var slash = version?.IndexOf('/') ?? -1;
        return slash < 0 ? package : new PackageReference(package.Ecosystem, spec, package.Name, version!.Substring(0, slash), token);
    }

    /// <summary><c>[registry/]name[:tag][@sha256:…]</c>.</summary>
    public static PackageReference? ParseImage(string spec, CommandToken token)
    {
        if (spec.StartsWith("-", StringComparison.Ordinal))
        {
            return null;
        }

        string? digest = null;
        var name = spec;
        var at = spec.IndexOf('@');
        if (at > 0)
        {
            digest = spec.Substring(at + 1);
            name = spec.Substring(0, at);
            if (!digest.StartsWith("sha256:", StringComparison.OrdinalIgnoreCase) && !digest.StartsWith("sha512:", StringComparison.OrdinalIgnoreCase))
            {
                digest = null;
            }
        }

        string? tag = null;
        var colon = name.LastIndexOf(':');
        if (colon > name.LastIndexOf('/'))
        {
            tag = name.Substring(colon + 1);
            name = name.Substring(0, colon);
        }

        return name.Length == 0 ? null : new PackageReference(PackageEcosystem.Oci, spec, name, tag, token, PackageSource.Registry, digest);
    }

    /// <summary>
    /// <c>module/path[@version]</c>. A path whose first element has no dot (<c>cmd/server</c>) is the repository's own module,
    /// as are files (<c>main.go</c>); <c>module@latest</c>, a branch or a query runs whatever the proxy returns today.
    /// </summary>
    public static PackageReference ParseGo(string spec, CommandToken token)
    {
        var at = spec.IndexOf('@');
        var name = at < 0 ? spec : spec.Substring(0, at);
        var firstElement = name.Split('/')[0];
        if (firstElement.IndexOf('.') < 0 || name.EndsWith(".go", StringComparison.OrdinalIgnoreCase))
        {
            return new PackageReference(PackageEcosystem.Go, spec, name, null, token, PackageSource.Local);
        }

        return new PackageReference(PackageEcosystem.Go, spec, name, at < 0 ? null : spec.Substring(at + 1), token);
    }

    public static PackageReference ParsePython(string spec, CommandToken token)
    {
        var operatorIndex = spec.IndexOfAny(new[] { '=', '<', '>', '~', '!', '@' });
        if (operatorIndex < 0)
        {
            return new PackageReference(PackageEcosystem.PyPI, spec, StripExtras(spec), null, token);
        }

        return new PackageReference(PackageEcosystem.PyPI, spec, StripExtras(spec.Substring(0, operatorIndex).Trim()), spec.Substring(operatorIndex).Trim(), token);
    }

    /// <summary><c>pkg[extra]</c> → <c>pkg</c>.</summary>
    private static string StripExtras(string name)
    {
        var bracket = name.IndexOf('[');
        return bracket > 0 ? name.Substring(0, bracket) : name;
    }
}
