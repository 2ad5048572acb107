using System;
using System.Collections.Generic;
using System.IO;
using McpGuard.Discovery;
using McpGuard.Model;

namespace McpGuard.Build.Tasks;

/// <summary>The <c>McpGuardConfigList</c> global property of the scan project: <c>client&gt;path</c> entries separated by <c>|</c>.</summary>
internal static class ConfigListReader
{
    /// <summary>The configurations of <paramref name="list"/>, sorted by path; an unknown client goes to <paramref name="invalidClient"/>.</summary>
    public static List<ConfigFile> Read(string list, Action<string, string> invalidClient)
    {
        var configs = new List<ConfigFile>();
        foreach (var (client, path) in Split(list))
        {
            if (path.Length == 0)
            {
                continue;
            }

            if (!ConfigFormat.TryGetById(client, out var format))
            {
                invalidClient(path, client);
                continue;
            }

            configs.Add(new ConfigFile(Path.GetFullPath(path), format));
        }

        configs.Sort((left, right) => string.CompareOrdinal(left.Path, right.Path));
        return configs;
    }

    /// <summary>
    /// <c>client&gt;path|client&gt;path</c>. On Linux and macOS a folder name may hold '|' and '&gt;', so an entry ends only
    /// where the next one visibly starts: '|', a client (any text without '|' or '&gt;'), '&gt;' and a rooted path (<c>/</c>, <c>\</c> or <c>C:</c>).
    /// </summary>
    internal static IEnumerable<(string Client, string Path)> Split(string list)
    {
        var start = 0;
        for (var i = 0; i <= list.Length; i++)
        {
            if (i < list.Length && !(list[i] == '|' && StartsEntry(list, i + 1)))
            {
                continue;
            }

            var entry = list.Substring(start, i - start);
            var separator = entry.IndexOf('>');
            if (entry.Trim().Length > 0)
            {
                yield return (separator > 0 ? entry.Substring(0, separator).Trim() : string.Empty, entry.Substring(separator + 1).Trim());
            }

            start = i + 1;
        }
    }

    private static bool StartsEntry(string list, int index)
    {
        // A '|' at the end, or an empty entry ("||"), separates too.
        if (index >= list.Length || list[index] == '|')
        {
            return true;
        }

        var i = index;
        while (i < list.Length && list[i] != '>' && list[i] != '|')
        {
            i++;
        }

        if (i == index || i + 1 >= list.Length || list[i] != '>')
        {
            return false;
        }

        var next = list[i + 1];
        return next is '/' or '\\' || (char.IsLetter(next) && i + 2 < list.Length && list[i + 2] == ':');
    }

    public static IEnumerable<string> FormatIds()
    {
        foreach (var format in ConfigFormat.All)
        {
            yield return format.Id;
        }
    }
}
