using System;
using System.Collections.Generic;
using McpGuard.Paths;

namespace McpGuard.Launch;

/// <summary>
/// A module search path (<c>PYTHONPATH</c>, <c>NODE_PATH</c>) whose every entry stays inside the repository: how a project
/// loads its own modules, not a way to load someone else's code.
/// </summary>
internal static class ModuleSearchPath
{
    private static readonly string[] s_rootVariables =
    {
        "${workspaceFolder}", "${workspaceRoot}", "${CLAUDE_PROJECT_DIR}", "$CLAUDE_PROJECT_DIR", "${PWD}", "$PWD", "${cwd}", ".",
    };

    /// <summary>
    /// Whether every entry of <paramref name="value"/> is relative and stays below the repository root, starts at a
    /// project-root variable, passes the variable on, or is an absolute path under the folder holding the configuration.
    /// </summary>
    public static bool StaysInsideRepository(string name, string value, string documentPath)
    {
        var depth = PathScope.ConfigDepth(documentPath);
        var root = RepositoryFolder(documentPath, depth);
        foreach (var entry in Split(value))
        {
            if (!IsInside(name, entry.Trim().Trim('"', '\''), depth, root))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether every entry of <paramref name="value"/> is an absolute folder, below the root and not a home folder itself,
    /// that holds the program or a script the server runs (<paramref name="serverPaths"/>): the server's own checkout, so
    /// the path adds no code beyond what its command line already runs.
    /// </summary>
    public static bool HoldsTheServersOwnCode(string value, IReadOnlyList<string> serverPaths)
    {
        var paths = new List<string>();
        foreach (var path in serverPaths)
        {
            var normalized = PathScope.Normalize(path);
            if (IsAbsolute(normalized))
            {
                paths.Add(normalized);
            }
        }

        if (paths.Count == 0)
        {
            return false;
        }

        foreach (var entry in Split(value))
        {
            var folder = PathScope.Normalize(entry);
            if (!IsAbsolute(folder) || folder.Contains("..") || Segments(folder) < 2 || (PathScope.TrySplitHome(folder, out var belowHome) && belowHome.Length == 0)
                || !paths.Exists(path => path.StartsWith(folder + "/", StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAbsolute(string normalized) =>
        normalized.StartsWith("/", StringComparison.Ordinal) || (normalized.Length >= 3 && normalized[1] == ':' && normalized[2] == '/');

    private static int Segments(string normalized)
    {
        var count = 0;
        foreach (var part in normalized.Split('/'))
        {
            count += part.Length > 0 && !part.EndsWith(":", StringComparison.Ordinal) ? 1 : 0;
        }

        return count;
    }

    private static bool IsInside(string name, string entry, int depth, string? root)
    {
        if (entry.Length == 0 || IsPassThrough(name, entry))
        {
            return true;
        }

        foreach (var variable in s_rootVariables)
        {
            if (string.Equals(entry, variable, StringComparison.OrdinalIgnoreCase)
                || (entry.StartsWith(variable, StringComparison.OrdinalIgnoreCase) && entry.Length > variable.Length && entry[variable.Length] is '/' or '\\'))
            {
                return !PathScope.LeavesRepository(entry, depth);
            }
        }

        if (entry[0] is '$' or '%' or '~' or '{' or '<')
        {
            return false;
        }

        var normalized = PathScope.Normalize(entry);
        if (normalized.StartsWith("/", StringComparison.Ordinal) || (normalized.Length >= 2 && normalized[1] == ':'))
        {
            return root is not null && (normalized == root || normalized.StartsWith(root + "/", StringComparison.Ordinal)) && PathScope.Climb(normalized.Substring(root.Length)) == 0;
        }

        return !PathScope.LeavesRepository(entry, depth);
    }

    private static bool IsPassThrough(string name, string entry) =>
        string.Equals(entry, "$" + name, StringComparison.OrdinalIgnoreCase)
        || string.Equals(entry, "${" + name + "}", StringComparison.OrdinalIgnoreCase)
        || string.Equals(entry, "${env:" + name + "}", StringComparison.OrdinalIgnoreCase)
        || string.Equals(entry, "%" + name + "%", StringComparison.OrdinalIgnoreCase);

    /// <summary>The configuration's folder, less the client folder it sits in (<c>.vscode</c>), normalised; null when unknown.</summary>
    private static string? RepositoryFolder(string documentPath, int depth)
    {
        var folder = System.IO.Path.GetDirectoryName(documentPath ?? string.Empty);
        for (var i = 0; i < depth && !string.IsNullOrEmpty(folder); i++)
        {
            folder = System.IO.Path.GetDirectoryName(folder);
        }

        return string.IsNullOrEmpty(folder) ? null : PathScope.Normalize(folder!);
    }

    /// <summary>Entries separated by <c>;</c> or <c>:</c>, keeping a drive letter (<c>C:\src</c>) and <c>${a:b}</c> whole.</summary>
    private static IEnumerable<string> Split(string value)
    {
        var start = 0;
        var braces = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            braces += c == '{' ? 1 : c == '}' && braces > 0 ? -1 : 0;
            var isDrive = c == ':' && i - start == 1 && char.IsLetter(value[start]) && i + 1 < value.Length && value[i + 1] is '/' or '\\';
            if (braces == 0 && (c == ';' || (c == ':' && !isDrive)))
            {
                yield return value.Substring(start, i - start);
                start = i + 1;
            }
        }

        yield return value.Substring(start);
    }
}
