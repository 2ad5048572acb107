using System;
using System.Collections.Generic;

namespace McpGuard.Git;

/// <summary>The patterns of one ignore file and the folder they are relative to.</summary>
public sealed class GitIgnoreFile
{
    private GitIgnoreFile(string directory, IReadOnlyList<GitIgnorePattern> patterns)
    {
        Directory = directory;
        Patterns = patterns;
    }

    /// <summary>The folder of the file, '/'-separated and relative to the repository root; empty for the root.</summary>
    public string Directory { get; }

    public IReadOnlyList<GitIgnorePattern> Patterns { get; }

    public static GitIgnoreFile Parse(string directory, string text, bool ignoreCase = false)
    {
        var patterns = new List<GitIgnorePattern>();
        foreach (var line in text.Split('\n'))
        {
            if (GitIgnorePattern.Parse(line, ignoreCase) is { } pattern)
            {
                patterns.Add(pattern);
            }
        }

        return new GitIgnoreFile(directory.Trim('/'), patterns);
    }

    /// <summary>
    /// <c>true</c> if the last pattern matching the path ignores it, <c>false</c> if it re-includes it (<c>!</c>),
    /// <c>null</c> if no pattern matches or the path is not below this file's folder.
    /// </summary>
    public bool? Match(string pathFromRoot, bool isDirectory)
    {
        string relative;
        if (Directory.Length == 0)
        {
            relative = pathFromRoot;
        }
        else if (pathFromRoot.StartsWith(Directory + "/", StringComparison.Ordinal))
        {
            relative = pathFromRoot.Substring(Directory.Length + 1);
        }
        else
        {
            return null;
        }

        for (var i = Patterns.Count - 1; i >= 0; i--)
        {
            if (Patterns[i].Matches(relative, isDirectory))
            {
                return !Patterns[i].IsNegated;
            }
        }

        return null;
    }
}
