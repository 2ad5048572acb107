using System;
using System.Collections.Generic;
using McpGuard.Internal;

namespace McpGuard.Inventory;

/// <summary>Capability classes of well-known servers, from <c>Data/server-classes.json</c>.</summary>
public static class ServerClasses
{
    private static readonly Lazy<List<(string[] Match, string[] Classes)>> s_entries = new(Load);

    /// <summary>The classes of the first entry whose pattern occurs in one of the hints (package, image, host, then name).</summary>
    public static IReadOnlyList<string> Classify(IEnumerable<string> hints)
    {
        foreach (var hint in hints)
        {
            if (string.IsNullOrEmpty(hint))
            {
                continue;
            }

            foreach (var (match, classes) in s_entries.Value)
            {
                foreach (var pattern in match)
                {
                    if (hint.IndexOf(pattern, StringComparison.OrdinalIgnoreCase) >= 0)
                    {
                        return classes;
                    }
                }
            }
        }

        return Array.Empty<string>();
    }

    private static List<(string[] Match, string[] Classes)> Load()
    {
        using var data = EmbeddedData.Load("server-classes.json");
        var entries = new List<(string[], string[])>();
        foreach (var entry in data.RootElement.GetProperty("classes").EnumerateArray())
        {
            entries.Add((EmbeddedData.ReadStrings(entry, "match"), EmbeddedData.ReadStrings(entry, "classes")));
        }

        return entries;
    }
}
