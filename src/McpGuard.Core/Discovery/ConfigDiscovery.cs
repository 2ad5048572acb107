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

    public static IReadOnlyList<ConfigFile> Discover(string root, ConfigLocations? locations = null) => Walk(root, locations, snapshot: null);

    /// <summary>
    /// The walk: each folder's subfolders and files are listed by name (the platform's listing says which entries are
    /// folders: no <c>stat</c> per entry, and no object per file), folders are skipped by name before anything is asked
    /// about them, and only the folders entered (one <c>lstat</c> each, which also refuses links) and candidate files are
    /// looked at. <paramref name="snapshot"/>, when given, records what a later build needs to know
    /// that nothing changed: every folder listed with its time stamp (taken before listing), the files read to decide.
    /// </summary>
    internal static IReadOnlyList<ConfigFile> Walk(string root, ConfigLocations? locations, DiscoverySnapshot? snapshot)
    {
        locations ??= ConfigLocations.Default;
        snapshot?.AddFile(Path.Combine(root, ".gitignore"));
        var ignored = IgnoredFolders.Read(root);
        var found = new List<ConfigFile>();
        var pending = new Stack<(DirectoryInfo Directory, string[] Segments)>();
        pending.Push((new DirectoryInfo(root), Array.Empty<string>()));
        while (pending.Count > 0)
        {
            var (directory, segments) = pending.Pop();
            try
            {
                // Never a link (the root excepted): the lstat that says so also gives the stamp the snapshot records.
                if (segments.Length > 0 && (directory.Attributes & FileAttributes.ReparsePoint) != 0)
                {
                    continue;
                }

                snapshot?.AddFolder(directory);
                var path = directory.FullName;
                foreach (var childPath in Directory.EnumerateDirectories(path))
                {
                    var name = Path.GetFileName(childPath);
                    if (locations.SkippedFolders.Contains(name))
                    {
                        continue;
                    }

                    var childSegments = Append(segments, name);
                    if (!ignored.IsIgnored(name, string.Join("/", childSegments))
                        && !(locations.OutputFolders.TryGetValue(name, out var output) && !IsLink(childPath) && output.IsOutput(new DirectoryInfo(childPath), snapshot)))
                    {
                        pending.Push((new DirectoryInfo(childPath), childSegments));
                    }
                }

                foreach (var filePath in Directory.EnumerateFiles(path))
                {
                    var name = Path.GetFileName(filePath);
                    if (locations.IsCandidateName(name)
                        && locations.Match(name, segments, atRoot: segments.Length == 0) is { } location
                        && !IsLink(filePath)
                        && MentionsRequiredKey(filePath, location.RequiredKeys, snapshot))
                    {
                        found.Add(new ConfigFile(filePath, location.Format));
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

    /// <summary>
    /// The repository root as the package's props choose it: the nearest folder at or above <paramref name="directory"/>
    /// holding <c>.git</c> (a folder, or a file in worktrees and submodules); without one, <paramref name="directory"/>.
    /// </summary>
    public static string FindRepositoryRoot(string directory)
    {
        var start = Path.GetFullPath(directory);
        for (var current = start; current is not null; current = Path.GetDirectoryName(current))
        {
            var git = Path.Combine(current, ".git");
            if (File.Exists(git) || File.Exists(Path.Combine(git, "HEAD")))
            {
                return current;
            }
        }

        return start;
    }

    /// <summary>
    /// The configuration one file is, as <see cref="Discover"/> would find it under <paramref name="root"/> (the same
    /// skipped, ignored and output folders, names and key test), or <c>null</c> when discovery would not check it; for
    /// the files a command line names (<c>mcpguard --files</c>, <c>--staged</c>). <paramref name="readText"/> gives the
    /// text the key test reads (the staged text); <c>null</c>: the file on disk. A file outside <paramref name="root"/>
    /// is judged by its name and folders alone.
    /// </summary>
    public static ConfigFile? Classify(string root, string path, Func<string, string?>? readText = null, ConfigLocations? locations = null)
    {
        locations ??= ConfigLocations.Default;
        var fullPath = Path.GetFullPath(path);
        var fileName = Path.GetFileName(fullPath);
        if (!locations.IsCandidateName(fileName))
        {
            return null;
        }

        var prefix = Suppression.RepositoryPaths.WithSeparator(Path.GetFullPath(root));
        if (!fullPath.StartsWith(prefix, Suppression.RepositoryPaths.Comparison))
        {
            var format = locations.Match(fullPath);
            return format is null ? null : new ConfigFile(fullPath, format);
        }

        var parts = fullPath.Substring(prefix.Length).Split(new[] { '/', '\\' }, StringSplitOptions.RemoveEmptyEntries);
        var segments = new string[parts.Length - 1];
        Array.Copy(parts, segments, segments.Length);
        var ignored = IgnoredFolders.Read(root);
        var folder = prefix;
        for (var i = 0; i < segments.Length; i++)
        {
            var name = segments[i];
            folder = Path.Combine(folder, name);
            if (locations.SkippedFolders.Contains(name)
                || IsLink(folder)
                || ignored.IsIgnored(name, string.Join("/", segments, 0, i + 1))
                || (locations.OutputFolders.TryGetValue(name, out var output) && Directory.Exists(folder) && output.IsOutput(new DirectoryInfo(folder))))
            {
                return null;
            }
        }

        if (locations.Match(fileName, segments, atRoot: segments.Length == 0) is not { } location || (readText is null && IsLink(fullPath)))
        {
            return null;
        }

        var mentionsKey = readText is null
            ? MentionsRequiredKey(fullPath, location.RequiredKeys)
            : readText(fullPath) is not { } text || TextMentionsRequiredKey(text.Length > SniffLength ? text.Substring(0, SniffLength) : text, location.RequiredKeys);
        return mentionsKey ? new ConfigFile(fullPath, location.Format) : null;
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
    private static bool MentionsRequiredKey(string path, IReadOnlyList<string> keys, DiscoverySnapshot? snapshot = null)
    {
        if (keys.Count == 0)
        {
            return true;
        }

        snapshot?.AddFile(path);

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var buffer = new byte[SniffLength];
            var read = stream.Read(buffer, 0, buffer.Length);
            return TextMentionsRequiredKey(Encoding.UTF8.GetString(buffer, 0, read), keys);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Unreadable: let the check report it rather than hide the file.
            return true;
        }
    }

    /// <summary>Discovery never follows symbolic links or junctions; neither does a named file.</summary>
    private static bool IsLink(string path)
    {
        try
        {
            return (File.Exists(path) || Directory.Exists(path)) && (File.GetAttributes(path) & FileAttributes.ReparsePoint) != 0;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool TextMentionsRequiredKey(string text, IReadOnlyList<string> keys)
    {
        if (keys.Count == 0)
        {
            return true;
        }

        foreach (var key in keys)
        {
            if (text.IndexOf("\"" + key + "\"", StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
