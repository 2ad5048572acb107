using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using McpGuard.Scanning;

namespace McpGuard.Severity;

/// <summary>
/// The task's cache of <see cref="ConfiguredSeverities"/>: Roslyn's answers for the checked files, kept in the private
/// cache folder under a key made of the engine build and every severity file's path and text. A re-check after a
/// configuration changed reads its severities back from here instead of loading and JIT-compiling Roslyn's
/// <c>.editorconfig</c> support (about 100 ms in a fresh build node); a file not in the table, or any change to a
/// severity file's text, parses with Roslyn as before.
/// </summary>
internal static class SeverityTableCache
{
    private const string Header = "mcpguard-severities-v1";

    public static ConfiguredSeverities Load(IReadOnlyList<KeyValuePair<string, string>> files, string cacheFolder, IEnumerable<string> paths)
    {
        var key = KeyFor(files);
        var cacheFile = PrivateCacheFolder.Prepare(cacheFolder) ? Path.Combine(cacheFolder, "severities-" + key + ".cache") : null;
        if (cacheFile is not null && PrivateCacheFolder.TryReadLines(cacheFile) is { } lines)
        {
            ConfiguredSeverities? parsed = null;
            if (ConfiguredSeverities.FromLines(lines, Header + " " + key, path => (parsed ??= ConfiguredSeverities.Parse(files)).For(path)) is { } table)
            {
                return table;
            }
        }

        var configs = ConfiguredSeverities.Parse(files);
        foreach (var path in paths)
        {
            _ = configs.For(path);
        }

        if (cacheFile is not null && configs.ToLines(Header + " " + key) is { } tableLines)
        {
            PrivateCacheFolder.TryWriteLines(cacheFile, tableLines);
        }

        return configs;
    }

    /// <summary>The engine build (the rules' categories, Roslyn's version) and each file's path and text.</summary>
    private static string KeyFor(IReadOnlyList<KeyValuePair<string, string>> files)
    {
        var text = new StringBuilder(PrivateCacheFolder.EngineBuild);
        foreach (var file in files)
        {
            text.Append('\n').Append(file.Key.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(file.Key)
                .Append(file.Value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(file.Value);
        }

        return PrivateCacheFolder.Digest(text.ToString());
    }
}
