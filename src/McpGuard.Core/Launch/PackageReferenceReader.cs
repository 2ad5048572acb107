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
            return Array.Empty<PackageReference>();
        }

        var arguments = ReadArguments(launcher, invocation.Tokens, index);
        var packages = new List<PackageReference>();
        foreach (var token in arguments.Packages)
        {
            if (Parse(launcher, token, arguments.VersionOption) is { } package)
            {
                // docker run --pull=never: an image built on this machine; no registry version or digest applies.
                packages.Add(arguments.LocalOnly && package.Source == PackageSource.Registry
                    ? new PackageReference(package.Ecosystem, package.Spec, package.Name, package.Version, package.Token, PackageSource.Local)
                    : package);
            }
        }

        return packages;
    }

    /// <summary>The launcher's options up to its first positional argument (the package, or the command after <c>--package</c>).</summary>
    private static LaunchArguments ReadArguments(PackageLauncher launcher, IReadOnlyList<CommandToken> tokens, int index)
    {
        var arguments = new LaunchArguments();
        for (; index < tokens.Count; index++)
        {
            var word = tokens[index].Text;
            if (word == "--")
            {
                if (arguments.Packages.Count == 0 && launcher.PositionalPackage && index + 1 < tokens.Count)
                {
                    arguments.Packages.Add(tokens[index + 1]);
                }

                break;
            }

            if (word.StartsWith("-", StringComparison.Ordinal) && word.Length > 1)
            {
                index = ReadOption(launcher, tokens, index, arguments);
                continue;
            }

            // The first positional is the package, unless --package named it: then it is the command to run.
            if (arguments.Packages.Count == 0 && launcher.PositionalPackage)
            {
                arguments.Packages.Add(tokens[index]);
            }

            arguments.VersionOption ??= FindVersionOption(launcher, tokens, index + 1);
            break;
        }

        arguments.Packages.AddRange(arguments.Extras);
        return arguments;
    }

    /// <summary>Reads the option at <paramref name="index"/>; returns the index of its last word (its value, when separate).</summary>
    private static int ReadOption(PackageLauncher launcher, IReadOnlyList<CommandToken> tokens, int index, LaunchArguments arguments)
    {
        var word = tokens[index].Text;
        var equals = word.IndexOf('=');
        var option = equals > 0 ? word.Substring(0, equals) : word;
        var hasNext = index + 1 < tokens.Count;
        if (launcher.LocalOnlyOptions.Count > 0 && (equals > 0 || hasNext))
        {
            arguments.LocalOnly |= launcher.LocalOnlyOptions.Contains(equals > 0 ? word : word + "=" + tokens[index + 1].Text);
        }

        var target = launcher.PackageOptions.Contains(option) ? arguments.Packages : launcher.ExtraPackageOptions.Contains(option) ? arguments.Extras : null;
        if (target is not null)
        {
            if (equals > 0 || hasNext)
            {
                target.Add(equals > 0 ? new CommandToken(word.Substring(equals + 1), tokens[index].Source) : tokens[++index]);
            }
        }
        else if (launcher.VersionOptions.Contains(option))
        {
            arguments.VersionOption = equals > 0 ? word.Substring(equals + 1) : hasNext ? tokens[++index].Text : null;
        }
        else if (equals < 0 && (launcher.ValueOptions.Contains(option) || launcher.FeedOptions.Contains(option)))
        {
            index++;
        }

        return index;
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

    private sealed class LaunchArguments
    {
        /// <summary>The package arguments (<c>--package</c> values, or the first positional), then the extra ones (<c>--with</c>).</summary>
        public List<CommandToken> Packages { get; } = new();

        public List<CommandToken> Extras { get; } = new();

        public string? VersionOption { get; set; }

        /// <summary>An option says only what is on the machine runs (<c>--pull=never</c>).</summary>
        public bool LocalOnly { get; set; }
    }
}
