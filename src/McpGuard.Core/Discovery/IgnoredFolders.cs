using System;
using System.Collections.Generic;
using System.IO;

namespace McpGuard.Discovery;

/// <summary>
/// The folders a repository's root <c>.gitignore</c> excludes wholesale (<c>dist/</c>, <c>/coverage</c>, <c>build/out</c>):
/// plain folder patterns only. Git cannot re-include a file whose parent folder is excluded, so only a negation of the
/// folder itself (<c>!dist/</c>) brings it back; patterns with wildcards (<c>dist/*</c> with <c>!dist/keep</c>) are walked.
/// </summary>
internal sealed class IgnoredFolders
{
    private readonly HashSet<string> _anyDepthNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _rootRelativePaths = new(StringComparer.Ordinal);

    public static IgnoredFolders Read(string root)
    {
        var ignored = new IgnoredFolders();
        string[] lines;
        try
        {
            var path = Path.Combine(root, ".gitignore");
            if (!File.Exists(path))
            {
                return ignored;
            }

            lines = File.ReadAllLines(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return ignored;
        }

        var negations = new List<string>();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.StartsWith("!", StringComparison.Ordinal))
            {
                negations.Add(line.Substring(1).Trim('/'));
            }
        }

        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#' || line[0] == '!' || line.IndexOfAny(new[] { '*', '?', '[', '\\' }) >= 0)
            {
                continue;
            }

            var anchored = line.StartsWith("/", StringComparison.Ordinal) || line.TrimEnd('/').IndexOf('/') > 0;
            var pattern = line.Trim('/');
            if (pattern.Length == 0 || pattern == "." || pattern == ".." || negations.Contains(pattern))
            {
                continue;
            }

            (anchored ? ignored._rootRelativePaths : ignored._anyDepthNames).Add(pattern);
        }

        return ignored;
    }

    public bool IsIgnored(string name, string rootRelativePath) =>
        _anyDepthNames.Contains(name) || _rootRelativePaths.Contains(rootRelativePath);
}
