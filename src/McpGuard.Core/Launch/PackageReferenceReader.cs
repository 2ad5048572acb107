using System;
using System.Collections.Generic;

namespace McpGuard.Launch;

/// <summary>Finds the packages an invocation runs: from a registry, or from git, a URL or a local path (<see cref="PackageReference.Source"/>).</summary>
public static class PackageReferenceReader
{
    public static IEnumerable<PackageReference> Read(CommandInvocation invocation)
    {
        var launcher = PackageLauncher.Find(invocation, out var index);
        if (launcher is null)
        {
            yield break;
        }

        var tokens = invocation.Tokens;
        var packages = new List<CommandToken>();
        string? versionOption = null;
        for (; index < tokens.Count; index++)
        {
            var word = tokens[index].Text;
            if (word == "--")
            {
                if (packages.Count == 0 && index + 1 < tokens.Count)
                {
                    packages.Add(tokens[index + 1]);
                }

                break;
            }

            if (word.StartsWith("-", StringComparison.Ordinal) && word.Length > 1)
            {
                var equals = word.IndexOf('=');
                var option = equals > 0 ? word.Substring(0, equals) : word;
                var hasInlineValue = equals > 0;
                if (launcher.PackageOptions.Contains(option))
                {
                    if (hasInlineValue)
                    {
                        packages.Add(new CommandToken(word.Substring(equals + 1), tokens[index].Source));
                    }
                    else if (index + 1 < tokens.Count)
                    {
                        packages.Add(tokens[++index]);
                    }
                }
                else if (launcher.VersionOptions.Contains(option))
                {
                    versionOption = hasInlineValue ? word.Substring(equals + 1) : index + 1 < tokens.Count ? tokens[++index].Text : null;
                }
                else if (!hasInlineValue && (launcher.ValueOptions.Contains(option) || launcher.FeedOptions.Contains(option)))
                {
                    index++;
                }

                continue;
            }

            // The first positional is the package, unless --package named it: then it is the command to run.
            if (packages.Count == 0)
            {
                packages.Add(tokens[index]);
            }

            versionOption ??= FindVersionOption(launcher, tokens, index + 1);
            break;
        }

        foreach (var token in packages)
        {
            if (Parse(launcher, token, versionOption) is { } package)
            {
                yield return package;
            }
        }
    }

    /// <summary><c>dnx Id --version 1.2.3</c>: the version option may follow the package.</summary>
    private static string? FindVersionOption(PackageLauncher launcher, IReadOnlyList<CommandToken> tokens, int start)
    {
        for (var index = start; index < tokens.Count; index++)
        {
            var word = tokens[index].Text;
            var equals = word.IndexOf('=');
            var option = equals > 0 ? word.Substring(0, equals) : word;
            if (launcher.VersionOptions.Contains(option))
            {
                return equals > 0 ? word.Substring(equals + 1) : index + 1 < tokens.Count ? tokens[index + 1].Text : null;
            }
        }

        return null;
    }

    /// <summary>The registry and feed options of an invocation (<c>--registry URL</c>, <c>--add-source=URL</c>) with their values.</summary>
    public static IEnumerable<(CommandToken Token, string Value)> ReadFeeds(CommandInvocation invocation)
    {
        var launcher = PackageLauncher.Find(invocation, out var index);
        if (launcher is null || launcher.FeedOptions.Count == 0)
        {
            yield break;
        }

        var tokens = invocation.Tokens;
        for (; index < tokens.Count; index++)
        {
            var word = tokens[index].Text;
            var equals = word.IndexOf('=');
            var option = equals > 0 ? word.Substring(0, equals) : word;
            if (launcher.FeedOptions.Contains(option))
            {
                if (equals > 0)
                {
                    yield return (tokens[index], word.Substring(equals + 1));
                }
                else if (index + 1 < tokens.Count)
                {
                    index++;
                    yield return (tokens[index], tokens[index].Text);
                }
            }
        }
    }

    private static PackageReference? Parse(PackageLauncher launcher, CommandToken token, string? versionOption)
    {
        var spec = token.Text.Trim();
        if (spec.Length == 0 || spec.IndexOf('$') >= 0 || spec.IndexOf('{') >= 0 || spec.IndexOf('%') >= 0)
        {
            // A variable supplies it: it cannot be judged here.
            return null;
        }

        if (launcher.UsesSpecifiers)
        {
            return ParseSpecifier(spec, token);
        }

        if (PackageSources.Classify(launcher.Ecosystem, spec, token) is { } source)
        {
            return source;
        }

        switch (launcher.Ecosystem)
        {
            case PackageEcosystem.PyPI:
                return ParsePython(spec, token);
            case PackageEcosystem.NuGet:
                var at = spec.IndexOf('@');
                return at < 0
                    ? new PackageReference(PackageEcosystem.NuGet, spec, spec, versionOption, token)
                    : new PackageReference(PackageEcosystem.NuGet, spec, spec.Substring(0, at), spec.Substring(at + 1), token);
            case PackageEcosystem.Oci:
                return ParseImage(spec, token);
            default:
                return ParseNpm(PackageEcosystem.Npm, spec, spec, token);
        }
    }

    private static PackageReference ParseNpm(PackageEcosystem ecosystem, string spec, string written, CommandToken token)
    {
        var versionAt = spec.IndexOf('@', spec.StartsWith("@", StringComparison.Ordinal) ? 1 : 0);
        return versionAt < 0
            ? new PackageReference(ecosystem, written, spec, null, token)
            : new PackageReference(ecosystem, written, spec.Substring(0, versionAt), spec.Substring(versionAt + 1), token);
    }

    /// <summary>Deno: <c>npm:pkg@1.2.3</c>, <c>jsr:@scope/pkg@1.2.3</c> (a <c>/subpath</c> after the version is dropped); URLs and scripts are not packages.</summary>
    private static PackageReference? ParseSpecifier(string spec, CommandToken token)
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
    private static PackageReference? ParseImage(string spec, CommandToken token)
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

    private static PackageReference ParsePython(string spec, CommandToken token)
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
