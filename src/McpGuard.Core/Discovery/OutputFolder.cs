using System;
using System.Collections.Generic;
using System.IO;

namespace McpGuard.Discovery;

/// <summary>
/// A folder name that is a tool's output only when a marker proves it (<c>packages/</c> with <c>*.nupkg</c>, <c>venv/</c>
/// with <c>pyvenv.cfg</c>); the same name without a marker is source, as in a JavaScript workspace's <c>packages/</c>.
/// </summary>
public sealed class OutputFolder
{
    /// <summary>How many entries of each folder are looked at, so that a huge folder costs a bounded look.</summary>
    private const int EntriesPerFolder = 32;

    private readonly string[] _markers;
    private readonly int _depth;

    internal OutputFolder(string name, string tool, string[] markers, int depth)
    {
        Name = name;
        Tool = tool;
        _markers = markers;
        _depth = depth;
    }

    public string Name { get; }

    /// <summary>What writes such a folder (for documentation and tests).</summary>
    public string Tool { get; }

    /// <summary>Whether a marker is among the folder's entries, or its sub-folders' up to the depth given.</summary>
    public bool IsOutput(DirectoryInfo folder) => HasMarker(folder, _depth, null);

    /// <summary><see cref="IsOutput(DirectoryInfo)"/>, recording every folder looked into in <paramref name="snapshot"/>.</summary>
    internal bool IsOutput(DirectoryInfo folder, DiscoverySnapshot? snapshot) => HasMarker(folder, _depth, snapshot);

    private bool HasMarker(DirectoryInfo folder, int depth, DiscoverySnapshot? snapshot)
    {
        snapshot?.AddFolder(folder);
        var subfolders = new List<DirectoryInfo>();
        if (HasMarkerAmongEntries(folder, depth > 0 ? subfolders : null))
        {
            return true;
        }

        foreach (var subfolder in subfolders)
        {
            if (HasMarker(subfolder, depth - 1, snapshot))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Looks at the first entries of one folder; collects its sub-folders (not links) when asked to.</summary>
    private bool HasMarkerAmongEntries(DirectoryInfo folder, List<DirectoryInfo>? subfolders)
    {
        try
        {
            var seen = 0;
            foreach (var entry in folder.EnumerateFileSystemInfos())
            {
                if (Matches(entry.Name))
                {
                    return true;
                }

                if (subfolders is not null && (entry.Attributes & FileAttributes.Directory) != 0 && (entry.Attributes & FileAttributes.ReparsePoint) == 0)
                {
                    subfolders.Add((DirectoryInfo)entry);
                }

                if (++seen >= EntriesPerFolder)
                {
                    break;
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            // A folder that cannot be listed proves nothing; it is walked (and skipped there) like any other.
        }

        return false;
    }

    private bool Matches(string entryName)
    {
        foreach (var marker in _markers)
        {
            if (marker.StartsWith("*", StringComparison.Ordinal)
                ? entryName.EndsWith(marker.Substring(1), StringComparison.OrdinalIgnoreCase)
                : string.Equals(entryName, marker, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
