using System;
using System.Collections.Generic;
using System.IO;

namespace McpGuard.Severity;

/// <summary>
/// Finds the <c>.editorconfig</c> files that apply to a path: every one in its directory and above, up to and
/// including the first with <c>root = true</c> — the compiler's rule, applied to configuration files.
/// </summary>
public sealed class EditorConfigLocator
{
    private readonly Dictionary<string, IReadOnlyList<string>> _byDirectory = new(StringComparer.Ordinal);

    public IReadOnlyList<string> FindFor(string filePath)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(filePath));
        return directory is null ? Array.Empty<string>() : FindForDirectory(directory);
    }

    private IReadOnlyList<string> FindForDirectory(string directory)
    {
        if (_byDirectory.TryGetValue(directory, out var cached))
        {
            return cached;
        }

        var found = new List<string>();
        var candidate = Path.Combine(directory, ".editorconfig");
        var isRoot = false;
        if (File.Exists(candidate))
        {
            found.Add(candidate);
            isRoot = DeclaresRoot(candidate);
        }

        var parent = Path.GetDirectoryName(directory);
        if (!isRoot && parent is not null && parent != directory)
        {
            found.AddRange(FindForDirectory(parent));
        }

        _byDirectory[directory] = found;
        return found;
    }

    /// <summary>Only the preamble (before the first section) can say <c>root = true</c>.</summary>
    private static bool DeclaresRoot(string path)
    {
        try
        {
            foreach (var line in File.ReadLines(path))
            {
                var text = line.Trim();
                if (text.StartsWith("[", StringComparison.Ordinal))
                {
                    return false;
                }

                var equals = text.IndexOf('=');
                if (equals > 0
                    && text.Substring(0, equals).Trim().Equals("root", StringComparison.OrdinalIgnoreCase)
                    && text.Substring(equals + 1).Trim().Equals("true", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // An unreadable .editorconfig is skipped by the compiler too.
        }

        return false;
    }
}
