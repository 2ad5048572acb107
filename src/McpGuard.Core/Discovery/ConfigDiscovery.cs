using System;
using System.Collections.Generic;
using System.IO;

namespace McpGuard.Discovery;

/// <summary>
/// Finds the known configuration files anywhere under a repository root. Never walks build output, package
/// folders or <c>.git</c>, never follows symbolic links or junctions, and skips folders it cannot read.
/// </summary>
public static class ConfigDiscovery
{
    public static IReadOnlyList<ConfigFile> Discover(string root, ConfigLocations? locations = null)
    {
        locations ??= ConfigLocations.Default;
        var found = new List<ConfigFile>();
        var pending = new Stack<DirectoryInfo>();
        pending.Push(new DirectoryInfo(root));
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            IEnumerable<FileSystemInfo> entries;
            try
            {
                entries = directory.EnumerateFileSystemInfos();
                foreach (var entry in entries)
                {
                    if ((entry.Attributes & FileAttributes.ReparsePoint) != 0)
                    {
                        continue;
                    }

                    if ((entry.Attributes & FileAttributes.Directory) != 0)
                    {
                        if (!locations.SkippedFolders.Contains(entry.Name))
                        {
                            pending.Push((DirectoryInfo)entry);
                        }
                    }
                    else if (locations.Match(entry.Name, directory.Name) is { } format)
                    {
                        found.Add(new ConfigFile(entry.FullName, format));
                    }
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                // A folder that cannot be listed is skipped, as git would skip it.
            }
        }

        found.Sort((left, right) => string.CompareOrdinal(left.Path, right.Path));
        return found;
    }

    /// <summary>The user-scope files that exist under <paramref name="homeDirectory"/>.</summary>
    public static IReadOnlyList<ConfigFile> DiscoverUserFiles(string homeDirectory, ConfigLocations? locations = null)
    {
        locations ??= ConfigLocations.Default;
        var found = new List<ConfigFile>();
        foreach (var file in locations.UserFiles)
        {
            var path = Path.Combine(homeDirectory, file.Key.Replace('/', Path.DirectorySeparatorChar));
            if (File.Exists(path))
            {
                found.Add(new ConfigFile(path, file.Value));
            }
        }

        return found;
    }
}
