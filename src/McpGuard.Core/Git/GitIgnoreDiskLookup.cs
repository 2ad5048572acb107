using System;
using System.Collections.Generic;
using System.IO;

namespace McpGuard.Git;

/// <summary>
/// Reads the ignore files of the repository around a configuration (the scan layer's side of
/// <see cref="GitIgnoreLookup"/>). The repository root is the nearest folder above the configuration with a
/// <c>.git</c> folder or file (worktrees and submodules have a file). Every ignore file consulted, present or not, is
/// recorded in <see cref="ConsultedFiles"/> so that a replay cache can notice when one changes.
/// </summary>
public sealed class GitIgnoreDiskLookup : GitIgnoreLookup
{
    private static readonly StringComparison s_pathComparison =
        Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private readonly Dictionary<string, string?> _rootByDirectory = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GitIgnoreFile?> _files = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _consulted = new(StringComparer.Ordinal);

    /// <summary>The ignore files read or looked for, by absolute path.</summary>
    public IReadOnlyCollection<string> ConsultedFiles => _consulted;

    public override GitIgnoreStatus GetStatus(string configPath, string path)
    {
        try
        {
            return Judge(Path.GetFullPath(configPath), Path.GetFullPath(path));
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            // A path the file system cannot represent cannot be looked up: say so rather than guess.
            return GitIgnoreStatus.Unknown;
        }
    }

    private GitIgnoreStatus Judge(string configPath, string full)
    {
        var root = FindRoot(Path.GetDirectoryName(configPath));
        if (root is null)
        {
            return GitIgnoreStatus.Unknown;
        }

        var prefix = root.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (!full.StartsWith(prefix, s_pathComparison))
        {
            return GitIgnoreStatus.OutsideRepository;
        }

        var relative = full.Substring(prefix.Length).Replace('\\', '/');
        if (relative == ".git" || relative.StartsWith(".git/", StringComparison.Ordinal))
        {
            return GitIgnoreStatus.Ignored;
        }

        var exclude = Load(Path.Combine(root, ".git", "info", "exclude"), string.Empty);
        return GitIgnoreMatcher.IsIgnored(relative, directory => Load(Path.Combine(root, directory, ".gitignore"), directory), exclude)
            ? GitIgnoreStatus.Ignored
            : GitIgnoreStatus.NotIgnored;
    }

    private string? FindRoot(string? directory)
    {
        var visited = new List<string>();
        string? root = null;
        for (var current = directory; current is not null; current = Path.GetDirectoryName(current))
        {
            if (_rootByDirectory.TryGetValue(current, out root))
            {
                break;
            }

            visited.Add(current);
            var marker = Path.Combine(current, ".git");
            if (Directory.Exists(marker) || File.Exists(marker))
            {
                root = current;
                break;
            }
        }

        foreach (var folder in visited)
        {
            _rootByDirectory[folder] = root;
        }

        return root;
    }

    private GitIgnoreFile? Load(string path, string directory)
    {
        var full = Path.GetFullPath(path);
        if (_files.TryGetValue(full, out var file))
        {
            return file;
        }

        _consulted.Add(full);
        try
        {
            file = File.Exists(full) ? GitIgnoreFile.Parse(directory, File.ReadAllText(full)) : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // An unreadable ignore file ignores nothing, as for git.
            file = null;
        }

        _files[full] = file;
        return file;
    }
}
