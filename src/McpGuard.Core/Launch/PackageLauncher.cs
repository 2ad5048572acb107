using System;
using System.Collections.Generic;
using McpGuard.Internal;

namespace McpGuard.Launch;

/// <summary>A package runner (npx, uvx, dnx, …) from <c>Data/launchers.json</c>.</summary>
public sealed class PackageLauncher
{
    private static IReadOnlyList<PackageLauncher>? s_all;

    private PackageLauncher(string[] programs, string[] subcommand, PackageEcosystem ecosystem, HashSet<string> packageOptions, HashSet<string> valueOptions, HashSet<string> versionOptions)
    {
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

    public HashSet<string> ValueOptions { get; }

    public HashSet<string> VersionOptions { get; }

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
                _ => PackageEcosystem.Npm,
            };
            launchers.Add(new PackageLauncher(
                EmbeddedData.ReadStrings(item, "programs"),
                EmbeddedData.ReadStrings(item, "subcommand"),
                ecosystem,
                Set("packageOptions"),
                Set("valueOptions"),
                Set("versionOptions")));
        }

        return launchers;
    }
}
