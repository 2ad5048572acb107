using System;
using System.IO;

namespace McpGuard.Suppression;

/// <summary>Paths as suppressions, baselines and SARIF name them: relative to the repository root, with '/'.</summary>
public static class RepositoryPaths
{
    private static readonly StringComparison s_comparison =
        Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    public static StringComparison Comparison => s_comparison;

    /// <summary><c>src/App/.mcp.json</c> for a file under <paramref name="root"/>; otherwise the full path with '/'.</summary>
    public static string ToRelative(string? root, string fullPath)
    {
        var path = Path.GetFullPath(fullPath);
        if (!string.IsNullOrEmpty(root))
        {
            var prefix = WithSeparator(Path.GetFullPath(root));
            if (path.StartsWith(prefix, s_comparison))
            {
                return path.Substring(prefix.Length).Replace('\\', '/');
            }
        }

        return path.Replace('\\', '/');
    }

    /// <summary>A path written by a user (relative to <paramref name="root"/>, or absolute) as a full path.</summary>
    public static string ToFull(string? root, string path)
    {
        var native = path.Replace('/', Path.DirectorySeparatorChar).Replace('\\', Path.DirectorySeparatorChar);
        return Path.GetFullPath(string.IsNullOrEmpty(root) || Path.IsPathRooted(native) ? native : Path.Combine(root, native));
    }

    public static bool SameFile(string left, string right) => string.Equals(left, right, s_comparison);

    public static string WithSeparator(string directory) =>
        directory.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) || directory.EndsWith("/", StringComparison.Ordinal)
            ? directory
            : directory + Path.DirectorySeparatorChar;
}
