using System;
using System.Collections.Generic;

namespace McpGuard.Launch;

/// <summary>Finds the registry packages an invocation runs. Git, URL and local-path specs are not registry packages.</summary>
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
                else if (!hasInlineValue && launcher.ValueOptions.Contains(option))
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
            if (Parse(launcher.Ecosystem, token, versionOption) is { } package)
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

    private static PackageReference? Parse(PackageEcosystem ecosystem, CommandToken token, string? versionOption)
    {
        var spec = token.Text.Trim();
        if (spec.Length == 0 || !IsRegistrySpec(spec))
        {
            return null;
        }

        switch (ecosystem)
        {
            case PackageEcosystem.PyPI:
                return ParsePython(spec, token);
            case PackageEcosystem.NuGet:
                var at = spec.IndexOf('@');
                return at < 0
                    ? new PackageReference(ecosystem, spec, spec, versionOption, token)
                    : new PackageReference(ecosystem, spec, spec.Substring(0, at), spec.Substring(at + 1), token);
            default:
                var versionAt = spec.IndexOf('@', spec.StartsWith("@", StringComparison.Ordinal) ? 1 : 0);
                return versionAt < 0
                    ? new PackageReference(ecosystem, spec, spec, null, token)
                    : new PackageReference(ecosystem, spec, spec.Substring(0, versionAt), spec.Substring(versionAt + 1), token);
        }
    }

    private static PackageReference ParsePython(string spec, CommandToken token)
    {
        var operatorIndex = spec.IndexOfAny(new[] { '=', '<', '>', '~', '!', '@' });
        if (operatorIndex < 0)
        {
            return new PackageReference(PackageEcosystem.PyPI, spec, spec, null, token);
        }

        var name = spec.Substring(0, operatorIndex).Trim();
        var bracket = name.IndexOf('[');
        if (bracket > 0)
        {
            name = name.Substring(0, bracket);
        }

        return new PackageReference(PackageEcosystem.PyPI, spec, name, spec.Substring(operatorIndex).Trim(), token);
    }

    /// <summary>git/URL/tarball/local specs are judged by MCP203, not here.</summary>
    private static bool IsRegistrySpec(string spec)
    {
        if (spec.StartsWith(".", StringComparison.Ordinal) || spec.StartsWith("/", StringComparison.Ordinal)
            || spec.StartsWith("~", StringComparison.Ordinal) || spec.StartsWith("$", StringComparison.Ordinal)
            || spec.IndexOf("://", StringComparison.Ordinal) >= 0 || spec.IndexOf('\\') >= 0
            || spec.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase) || spec.EndsWith(".whl", StringComparison.OrdinalIgnoreCase)
            || spec.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var colon = spec.IndexOf(':');
        if (colon > 0 && spec.IndexOf('@') is var at && (at < 0 || colon < at))
        {
            // github:user/repo, git+ssh:, file:, npm: aliases.
            return false;
        }

        // user/repo is GitHub shorthand for npm; scoped packages start with '@'.
        var slash = spec.IndexOf('/');
        return slash < 0 || spec.StartsWith("@", StringComparison.Ordinal);
    }
}
