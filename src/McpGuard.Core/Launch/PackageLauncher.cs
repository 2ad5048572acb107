using System;
using System.Collections.Generic;
using McpGuard.Internal;

namespace McpGuard.Launch;

/// <summary>A package runner (npx, uvx, dnx, …) from <c>Data/launchers.json</c>.</summary>
public sealed class PackageLauncher
{
    private static IReadOnlyList<PackageLauncher>? s_all;

    private static HashSet<string>? s_officialFeedHosts;
    private static HashSet<string>? s_feedVariables;

    private PackageLauncher(string[] programs, string[] subcommand, PackageEcosystem ecosystem, HashSet<string> packageOptions, HashSet<string> extraPackageOptions, bool positionalPackage, HashSet<string> valueOptions, HashSet<string> versionOptions, HashSet<string> feedOptions, bool usesSpecifiers)
    {
        LocalOnlyOptions = new HashSet<string>(StringComparer.Ordinal);
        ExtraPackageOptions = extraPackageOptions;
        PositionalPackage = positionalPackage;
        FeedOptions = feedOptions;
        UsesSpecifiers = usesSpecifiers;
        Programs = programs;
        Subcommand = subcommand;
        Ecosystem = ecosystem;
        PackageOptions = packageOptions;
        ValueOptions = valueOptions;
        VersionOptions = versionOptions;
    }

    public string[] Programs { get; }

    public string[] Subcommand { get; }

    public PackageEcosystem Ecosystem { get; }

    public HashSet<string> PackageOptions { get; }

    /// <summary>Options whose value is one more package installed next to the one that runs (<c>uvx --with pkg</c>, <c>uv run --with pkg</c>).</summary>
    public HashSet<string> ExtraPackageOptions { get; }

    /// <summary>Whether the first positional argument names the package; <c>uv run</c>'s is a command or script.</summary>
    public bool PositionalPackage { get; }

    public HashSet<string> ValueOptions { get; }

    /// <summary><c>option=value</c> forms after which the launcher runs only what is already on the machine (<c>docker run --pull=never</c>).</summary>
    public HashSet<string> LocalOnlyOptions { get; private set; }

    public HashSet<string> VersionOptions { get; }

    /// <summary>Options whose value is a registry or feed (<c>--registry</c>, <c>--add-source</c>, <c>--index-url</c>).</summary>
    public HashSet<string> FeedOptions { get; }

    /// <summary>Deno: the package argument names its registry (<c>npm:pkg@1.2.3</c>, <c>jsr:@scope/pkg</c>) or is a URL or path.</summary>
    public bool UsesSpecifiers { get; }

    /// <summary>The registries' own hosts (npm, PyPI, nuget.org): a feed elsewhere is another source of code.</summary>
    public static HashSet<string> OfficialFeedHosts => s_officialFeedHosts ??= LoadHostList("officialFeedHosts");

    /// <summary>Environment variables that point a launcher at another registry (<c>NPM_CONFIG_REGISTRY</c>, <c>UV_INDEX_URL</c>).</summary>
    public static HashSet<string> FeedVariables => s_feedVariables ??= LoadHostList("feedVariables");

    public static IReadOnlyList<PackageLauncher> All => s_all ??= Load();

    /// <summary>The launcher this invocation uses, and the index of its first argument after the subcommand.</summary>
    public static PackageLauncher? Find(CommandInvocation invocation, out int firstArgument)
    {
        firstArgument = 0;
        foreach (var launcher in All)
        {
            if (Array.IndexOf(launcher.Programs, invocation.Program) < 0)
            {
                continue;
            }

            var index = 1;
            var matches = true;
            foreach (var word in launcher.Subcommand)
            {
                if (index >= invocation.Tokens.Count || !string.Equals(invocation.Tokens[index].Text, word, StringComparison.Ordinal))
                {
                    matches = false;
                    break;
                }

                index++;
            }

            if (matches)
            {
                firstArgument = index;
                return launcher;
            }
        }

        return null;
    }

    private static IReadOnlyList<PackageLauncher> Load()
    {
        using var data = EmbeddedData.Load("launchers.json");
        var launchers = new List<PackageLauncher>();
        foreach (var item in data.RootElement.GetProperty("launchers").EnumerateArray())
        {
            HashSet<string> Set(string key) => new(EmbeddedData.ReadStrings(item, key), StringComparer.Ordinal);
            var ecosystem = item.GetProperty("ecosystem").GetString() switch
            {
                "pypi" => PackageEcosystem.PyPI,
                "nuget" => PackageEcosystem.NuGet,
                "oci" => PackageEcosystem.Oci,
                "go" => PackageEcosystem.Go,
                _ => PackageEcosystem.Npm,
            };
            var launcher = new PackageLauncher(
                EmbeddedData.ReadStrings(item, "programs"),
                EmbeddedData.ReadStrings(item, "subcommand"),
                ecosystem,
                Set("packageOptions"),
                Set("extraPackageOptions"),
                !item.TryGetProperty("positionalPackage", out var positional) || positional.ValueKind != System.Text.Json.JsonValueKind.False,
                Set("valueOptions"),
                Set("versionOptions"),
                Set("feedOptions"),
                item.GetProperty("ecosystem").GetString() == "deno")
            {
                LocalOnlyOptions = Set("localOnlyOptions"),
            };
            launchers.Add(launcher);
        }

        return launchers;
    }

    private static HashSet<string> LoadHostList(string key)
    {
        using var data = EmbeddedData.Load("launchers.json");
        return new HashSet<string>(EmbeddedData.ReadStrings(data.RootElement, key), StringComparer.OrdinalIgnoreCase);
    }
}
