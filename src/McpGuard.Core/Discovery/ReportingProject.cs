using System;
using System.Collections.Generic;
using System.IO;

namespace McpGuard.Discovery;

/// <summary>
/// Which project of a solution reports the findings of a repository file in the IDE, where every C#/VB project that
/// references the package analyses the whole repository: exactly one of the solution's projects, whatever the file,
/// decided by each project alone from the solution's list. The project nearest the file: a project whose folder holds
/// the file, the deepest first; else the one sharing the longest folder prefix with it; then the shallowest; then the
/// first by path.
/// </summary>
public static class ReportingProject
{
    /// <summary>The project (full path, one of <paramref name="projects"/>) that reports <paramref name="filePath"/>; <c>null</c> when there is none.</summary>
    public static string? For(string filePath, IReadOnlyList<string> projects)
    {
        var fileFolders = Folders(filePath);
        string? best = null;
        (bool Holds, int Shared, int Depth) bestKey = default;
        foreach (var project in projects)
        {
            var projectFolders = Folders(project);
            var shared = SharedPrefix(fileFolders, projectFolders);
            var key = (Holds: shared == projectFolders.Count, Shared: shared, Depth: projectFolders.Count);
            if (best is null || IsBetter(key, bestKey) || (key == bestKey && StringComparer.Ordinal.Compare(project, best) < 0))
            {
                best = project;
                bestKey = key;
            }
        }

        return best;
    }

    /// <summary>
    /// Whether the project at <paramref name="projectPath"/> reports <paramref name="filePath"/>: yes when it is the
    /// designated one, and also when it is not in the list at all (a solution filter, a project opened on its own), so a
    /// file is never reported by none.
    /// </summary>
    public static bool Reports(string projectPath, string filePath, IReadOnlyList<string> projects)
    {
        var designated = For(filePath, projects);
        return designated is null || !Contains(projects, projectPath) || PathComparer.Equals(designated, Path.GetFullPath(projectPath));
    }

    private static StringComparer PathComparer => Path.DirectorySeparatorChar == '\\' ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    private static bool Contains(IReadOnlyList<string> projects, string projectPath)
    {
        var full = Path.GetFullPath(projectPath);
        foreach (var project in projects)
        {
            if (PathComparer.Equals(project, full))
            {
                return true;
            }
        }

        return false;
    }

    // Holding the file beats sharing a prefix; then more shared folders (for holders: the deepest); then the shallowest.
    private static bool IsBetter((bool Holds, int Shared, int Depth) key, (bool Holds, int Shared, int Depth) than) =>
        key.Holds != than.Holds ? key.Holds : key.Shared != than.Shared ? key.Shared > than.Shared : key.Depth < than.Depth;

    private static int SharedPrefix(List<string> a, List<string> b)
    {
        var count = 0;
        while (count < a.Count && count < b.Count && PathComparer.Equals(a[count], b[count]))
        {
            count++;
        }

        return count;
    }

    /// <summary>The folders from the root down to the one holding <paramref name="path"/>.</summary>
    private static List<string> Folders(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? string.Empty;
        var parts = new List<string>(folder.Split(new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar }, StringSplitOptions.RemoveEmptyEntries));
        return parts;
    }
}
