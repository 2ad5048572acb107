using System;
using System.Collections.Generic;
using System.IO;
using McpGuard.Internal;
using McpGuard.Model;

namespace McpGuard.Discovery;

/// <summary>The known configuration file locations from <c>Data/config-locations.json</c>.</summary>
public sealed class ConfigLocations
{
    private static ConfigLocations? s_default;

    private readonly List<ConfigLocation> _repository = new();
    private readonly HashSet<string> _exactNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _suffixes = new();

    private ConfigLocations()
    {
    }

    public static ConfigLocations Default => s_default ??= Load();

    public HashSet<string> SkippedFolders { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Names skipped only when a marker shows the folder is a tool's output (<c>packages/</c> holding <c>*.nupkg</c>).</summary>
    public Dictionary<string, OutputFolder> OutputFolders { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Home-relative user files (<c>.claude.json</c>, <c>.claude/settings.json</c>).</summary>
    public List<KeyValuePair<string, ConfigFormat>> UserFiles { get; } = new();

    /// <summary>A cheap first test, before any path work: can a file with this name be a configuration at all?</summary>
    public bool IsCandidateName(string fileName)
    {
        if (_exactNames.Contains(fileName))
        {
            return true;
        }

        foreach (var suffix in _suffixes)
        {
            if (fileName.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The location a file at this path matches; the most specific (longest parent) wins.</summary>
    public ConfigLocation? Match(string fileName, IReadOnlyList<string> folderSegments, bool atRoot)
    {
        ConfigLocation? best = null;
        foreach (var location in _repository)
        {
            if (location.Matches(fileName, folderSegments, atRoot)
                && (best is null || (location.Parent?.Length ?? 0) > (best.Parent?.Length ?? 0)))
            {
                best = location;
            }
        }

        return best;
    }

    /// <summary>The format of a file by its path alone (for files handed to the analyzer without metadata).</summary>
    public ConfigFormat? Match(string path)
    {
        var directory = Path.GetDirectoryName(path) ?? string.Empty;
        var segments = directory.Split(new[] { '/', '\\' }, StringSplitOptions.RemoveEmptyEntries);
        return Match(Path.GetFileName(path), segments, atRoot: false)?.Format;
    }

    private static ConfigLocations Load()
    {
        using var data = EmbeddedData.Load("config-locations.json");
        var locations = new ConfigLocations();
        foreach (var entry in data.RootElement.GetProperty("repository").EnumerateArray())
        {
            var file = entry.GetProperty("file").GetString()!;
            var parent = entry.GetProperty("parent").GetString();
            var rootOnly = entry.TryGetProperty("rootOnly", out var root) && root.ValueKind == System.Text.Json.JsonValueKind.True;
            locations._repository.Add(new ConfigLocation(file, parent, FormatOf(entry), rootOnly, EmbeddedData.ReadStrings(entry, "requiresKey")));
            if (file.StartsWith("*", StringComparison.Ordinal))
            {
                locations._suffixes.Add(file.Substring(1));
            }
            else
            {
                locations._exactNames.Add(file);
            }
        }

        foreach (var entry in data.RootElement.GetProperty("user").EnumerateArray())
        {
            locations.UserFiles.Add(new KeyValuePair<string, ConfigFormat>(entry.GetProperty("file").GetString()!, FormatOf(entry)));
        }

        foreach (var folder in EmbeddedData.ReadStrings(data.RootElement, "skippedFolders"))
        {
            locations.SkippedFolders.Add(folder);
        }

        foreach (var entry in data.RootElement.GetProperty("outputFolders").EnumerateArray())
        {
            var name = entry.GetProperty("name").GetString()!;
            locations.OutputFolders[name] = new OutputFolder(name, entry.GetProperty("tool").GetString()!, EmbeddedData.ReadStrings(entry, "markers"), entry.GetProperty("depth").GetInt32());
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
