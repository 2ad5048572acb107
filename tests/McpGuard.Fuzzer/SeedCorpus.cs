using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace McpGuard.Fuzzer;

/// <summary>The starting inputs: every file under the given folders, in ordinal path order (a fixed seed then means fixed inputs).</summary>
public static class SeedCorpus
{
    public static IReadOnlyList<byte[]> Load(IEnumerable<string> folders)
    {
        var files = new List<string>();
        foreach (var folder in folders)
        {
            files.AddRange(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(IsSeed));
        }

        files.Sort(StringComparer.Ordinal);
        var seeds = files.Select(File.ReadAllBytes).ToList();
        if (seeds.Count == 0)
        {
            throw new InvalidOperationException("No seed files found in: " + string.Join(", ", folders));
        }

        return seeds;
    }

    private static bool IsSeed(string path)
    {
        var name = Path.GetFileName(path);
        return name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".jsonc", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".toml", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
    }
}
