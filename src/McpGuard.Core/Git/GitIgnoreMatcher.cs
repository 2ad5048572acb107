using System;
using System.Collections.Generic;

namespace McpGuard.Git;

/// <summary>
/// Decides whether git ignores a path, from the ignore files along it: <c>.git/info/exclude</c> first, then each
/// folder's <c>.gitignore</c> from the root down, a deeper file taking precedence and, within a file, the last matching
/// line. A file inside an ignored folder is ignored whatever its own patterns say: git never looks inside.
/// Not modelled: <c>core.excludesFile</c> (a personal setting that differs per machine) and files already tracked.
/// </summary>
public static class GitIgnoreMatcher
{
    /// <param name="relativePath">'/'-separated, relative to the repository root.</param>
    /// <param name="ignoreFileOf">The <c>.gitignore</c> of a folder (relative path, empty for the root), or <c>null</c>.</param>
    /// <param name="exclude">The repository's <c>.git/info/exclude</c>, if any.</param>
    public static bool IsIgnored(string relativePath, Func<string, GitIgnoreFile?> ignoreFileOf, GitIgnoreFile? exclude = null)
    {
        var segments = relativePath.Trim('/').Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
        var files = new List<GitIgnoreFile>();
        if (exclude is not null)
        {
            files.Add(exclude);
        }

        var directory = string.Empty;
        for (var i = 0; i < segments.Length; i++)
        {
            if (ignoreFileOf(directory) is { } file)
            {
                files.Add(file);
            }

            var path = directory.Length == 0 ? segments[i] : directory + "/" + segments[i];
            var isDirectory = i < segments.Length - 1;
            var ignored = Decide(files, path, isDirectory);
            if (ignored || !isDirectory)
            {
                return ignored;
            }

            directory = path;
        }

        return false;
    }

    private static bool Decide(List<GitIgnoreFile> files, string path, bool isDirectory)
    {
        for (var i = files.Count - 1; i >= 0; i--)
        {
            if (files[i].Match(path, isDirectory) is { } ignored)
            {
                return ignored;
            }
        }

        return false;
    }
}
