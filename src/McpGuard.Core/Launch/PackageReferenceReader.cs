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
        var extras = new List<CommandToken>();
        string? versionOption = null;
        var localOnly = false;
        for (; index < tokens.Count; index++)
        {
            var word = tokens[index].Text;
            if (word == "--")
            {
                if (packages.Count == 0 && launcher.PositionalPackage && index + 1 < tokens.Count)
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
                if (launcher.LocalOnlyOptions.Count > 0 && (hasInlineValue || index + 1 < tokens.Count))
                {
                    localOnly |= launcher.LocalOnlyOptions.Contains(hasInlineValue ? word : word + "=" + tokens[index + 1].Text);
                }

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
                else if (launcher.ExtraPackageOptions.Contains(option))
                {
                    if (hasInlineValue)
                    {
                        extras.Add(new CommandToken(word.Substring(equals + 1), tokens[index].Source));
                    }
                    else if (index + 1 < tokens.Count)
                    {
                        extras.Add(tokens[++index]);
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
            if (packages.Count == 0 && launcher.PositionalPackage)
            {
                packages.Add(tokens[index]);
            }

            versionOption ??= FindVersionOption(launcher, tokens, index + 1);
            break;
        }

        packages.AddRange(extras);
        foreach (var token in packages)
        {
            if (Parse(launcher, token, versionOption) is { } package)
            {
                // docker run --pull=never: an image built on this machine; no registry version or digest applies.
                yield return localOnly && package.Source == PackageSource.Registry
                    ? new PackageReference(package.Ecosystem, package.Spec, package.Name, package.Version, package.Token, PackageSource.Local)
                    : package;
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
            return PackageSpecs.ParseSpecifier(spec, token);
        }

        if (PackageSources.Classify(launcher.Ecosystem, spec, token) is { } source)
        {
            return source;
        }

        switch (launcher.Ecosystem)
        {
            case PackageEcosystem.PyPI:
                return PackageSpecs.ParsePython(spec, token);
            case PackageEcosystem.NuGet:
                var at = spec.IndexOf('@');
                return at < 0
                    ? new PackageReference(PackageEcosystem.NuGet, spec, spec, versionOption, token)
                    : new PackageReference(PackageEcosystem.NuGet, spec, spec.Substring(0, at), spec.Substring(at + 1), token);
            case PackageEcosystem.Oci:
                return PackageSpecs.ParseImage(spec, token);
            case PackageEcosystem.Go:
                return PackageSpecs.ParseGo(spec, token);
            default:
                return PackageSpecs.ParseNpm(PackageEcosystem.Npm, spec, spec, token);
        }
    }
}
