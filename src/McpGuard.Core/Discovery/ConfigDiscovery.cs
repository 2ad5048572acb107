using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace McpGuard.Discovery;

/// <summary>
/// Finds the known configuration files anywhere under a repository root. Never walks build output, package
/// caches (a <c>packages/</c> folder only when NuGet's files show it is NuGet's; a JavaScript workspace's is source),
/// <c>.git</c> or folders the root <c>.gitignore</c> excludes wholesale, never follows symbolic links or
/// junctions, and skips folders it cannot read.
/// </summary>
public static class ConfigDiscovery
{
    /// <summary>How much of a generically named file (<c>server.json</c>) is read to decide whether it is a configuration.</summary>
    private const int SniffLength = 64 * 1024;

    public static IReadOnlyList<ConfigFile> Discover(string root, ConfigLocations? locations = null)
    {
        locations ??= ConfigLocations.Default;
        var ignored = IgnoredFolders.Read(root);
        var found = new List<ConfigFile>();
        var pending = new Stack<(DirectoryInfo Directory, string[] Segments)>();
        pending.Push((new DirectoryInfo(root), Array.Empty<string>()));
        while (pending.Count > 0)
        {
            var (directory, segments) = pending.Pop();
            try
            {
                foreach (var entry in directory.EnumerateFileSystemInfos())
                {
                    if ((entry.Attributes & FileAttributes.ReparsePoint) != 0)
                    {
                        continue;
                    }

                    if ((entry.Attributes & FileAttributes.Directory) != 0)
                    {
                        var childSegments = Append(segments, entry.Name);
                        if (!locations.SkippedFolders.Contains(entry.Name)
                            && !ignored.IsIgnored(entry.Name, string.Join("/", childSegments))
                            && !(locations.OutputFolders.TryGetValue(entry.Name, out var output) && output.IsOutput((DirectoryInfo)entry)))
                        {
                            pending.Push(((DirectoryInfo)entry, childSegments));
                        }
                    }
                    else if (locations.IsCandidateName(entry.Name)
                        && locations.Match(entry.Name, segments, atRoot: segments.Length == 0) is { } location
                        && MentionsRequiredKey(entry.FullName, location.RequiredKeys))
                    {
                        found.Add(new ConfigFile(entry.FullName, location.Format));
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

    private static string[] Append(string[] segments, string name)
    {
        var result = new string[segments.Length + 1];
        Array.Copy(segments, result, segments.Length);
        result[segments.Length] = name;
        return result;
    }

    /// <summary>A cheap test on the file's beginning: does it mention one of the keys as a JSON property name?</summary>
    private static bool MentionsRequiredKey(string path, IReadOnlyList<string> keys)
    {
        if (keys.Count == 0)
        {
            return true;
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var buffer = new byte[SniffLength];
            var read = stream.Read(buffer, 0, buffer.Length);
            var text = Encoding.UTF8.GetString(buffer, 0, read);
            foreach (var key in keys)
            {
                if (text.IndexOf("\"" + key + "\"", StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Unreadable: let the check report it rather than hide the file.
            return true;
        }

        return false;
    }
}
