using System;
using System.Collections.Generic;
using McpGuard.Internal;
using McpGuard.Model;

namespace McpGuard.Discovery;

/// <summary>The known configuration file locations from <c>Data/config-locations.json</c>.</summary>
public sealed class ConfigLocations
{
    private static ConfigLocations? s_default;

    private readonly Dictionary<string, List<KeyValuePair<string?, ConfigFormat>>> _byFileName = new(StringComparer.OrdinalIgnoreCase);

    private ConfigLocations()
    {
    }

    public static ConfigLocations Default => s_default ??= Load();

    public HashSet<string> SkippedFolders { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Home-relative user files (<c>.claude.json</c>, <c>.claude/settings.json</c>).</summary>
    public List<KeyValuePair<string, ConfigFormat>> UserFiles { get; } = new();

    /// <summary>The format of a file with this name in a folder with this name, if it is a known location.</summary>
    public ConfigFormat? Match(string fileName, string parentFolderName)
    {
        if (!_byFileName.TryGetValue(fileName, out var candidates))
        {
            return null;
        }

        ConfigFormat? anyFolder = null;
        foreach (var candidate in candidates)
        {
            if (candidate.Key is null)
            {
                anyFolder = candidate.Value;
            }
            else if (string.Equals(candidate.Key, parentFolderName, StringComparison.OrdinalIgnoreCase))
            {
                return candidate.Value;
            }
        }

        return anyFolder;
    }

    private static ConfigLocations Load()
    {
        using var data = EmbeddedData.Load("config-locations.json");
        var locations = new ConfigLocations();
        foreach (var entry in data.RootElement.GetProperty("repository").EnumerateArray())
        {
            var file = entry.GetProperty("file").GetString()!;
            var parent = entry.GetProperty("parent").GetString();
            if (!locations._byFileName.TryGetValue(file, out var list))
            {
                locations._byFileName[file] = list = new List<KeyValuePair<string?, ConfigFormat>>();
            }

            list.Add(new KeyValuePair<string?, ConfigFormat>(parent, FormatOf(entry)));
        }

        foreach (var entry in data.RootElement.GetProperty("user").EnumerateArray())
        {
            locations.UserFiles.Add(new KeyValuePair<string, ConfigFormat>(entry.GetProperty("file").GetString()!, FormatOf(entry)));
        }

        foreach (var folder in EmbeddedData.ReadStrings(data.RootElement, "skippedFolders"))
        {
            locations.SkippedFolders.Add(folder);
        }

        return locations;
    }

    private static ConfigFormat FormatOf(System.Text.Json.JsonElement entry)
    {
        var id = entry.GetProperty("format").GetString()!;
        return ConfigFormat.TryGetById(id, out var format)
            ? format
            : throw new InvalidOperationException($"config-locations.json names unknown format '{id}'.");
    }
}
