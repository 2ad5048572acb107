using System;
using System.Collections.Generic;
using McpGuard.Internal;

namespace McpGuard.Paths;

public enum PathKind
{
    /// <summary>Nothing to say: a repository path, a variable, a file under a home folder …</summary>
    Other,

    /// <summary><c>/</c>, <c>C:\</c>, or the folder of all home folders (<c>/Users</c>).</summary>
    FileSystemRoot,

    /// <summary><c>~</c>, <c>$HOME</c>, <c>%USERPROFILE%</c>, <c>/Users/x</c>, <c>/root</c>.</summary>
    HomeFolder,

    /// <summary><c>~/.ssh</c>, <c>~/.aws</c>, a browser profile, <c>%APPDATA%</c> …</summary>
    CredentialStore,

    /// <summary><c>/etc</c>, <c>/var/log</c>, <c>C:\Windows</c> …</summary>
    SystemFolder,
}

/// <summary>What a path gives access to, judged from its spelling alone (lists in <c>Data/filesystem-paths.json</c>).</summary>
internal static class PathScope
{
    private static readonly Lazy<Lists> s_lists = new(Load);

    public static string[] ConfigFolders => s_lists.Value.ConfigFolders;

    public static HashSet<string> PlaceholderUserNames => s_lists.Value.PlaceholderUserNames;

    /// <summary>Lower-case, <c>/</c> for <c>\</c>, quotes and trailing slashes removed, any drive letter spelled <c>c:</c>.</summary>
    public static string Normalize(string path)
    {
        var text = path.Trim().Trim('"', '\'').Replace('\\', '/').ToLowerInvariant();
        if (text.Length >= 2 && text[1] == ':' && text[0] >= 'a' && text[0] <= 'z')
        {
            text = "c" + text.Substring(1);
        }

        while (text.Length > 1 && text.EndsWith("/", StringComparison.Ordinal) && !(text.Length == 3 && text[1] == ':'))
        {
            text = text.Substring(0, text.Length - 1);
        }

        if (text.EndsWith("/*", StringComparison.Ordinal) || text.EndsWith("/**", StringComparison.Ordinal))
        {
            text = text.Substring(0, text.LastIndexOf('/'));
        }

        return text.Length == 0 ? "/" : text;
    }

    public static PathKind Classify(string path)
    {
        var text = Normalize(path);
        if (text is "/" or "c:" or "c:/" or "//" || Array.IndexOf(s_lists.Value.HomeParents, text) >= 0)
        {
            return PathKind.FileSystemRoot;
        }

        if (Array.IndexOf(s_lists.Value.SystemFolders, text) >= 0)
        {
            return PathKind.SystemFolder;
        }

        if ((text[0] == '%' || text[0] == '$') && s_lists.Value.AppDataFolders.Contains(text))
        {
            return PathKind.CredentialStore;
        }

        if (!TrySplitHome(text, out var rest))
        {
            return PathKind.Other;
        }

        if (rest.Length == 0)
        {
            return PathKind.HomeFolder;
        }

        if (s_lists.Value.AppDataFolders.Contains(rest))
        {
            return PathKind.CredentialStore;
        }

        foreach (var folder in s_lists.Value.CredentialFolders)
        {
            if (IsAtOrUnder(rest, folder))
            {
                return PathKind.CredentialStore;
            }
        }

        return PathKind.Other;
    }

    /// <summary>Splits <c>~/x/y</c>, <c>$HOME/x/y</c>, <c>/Users/name/x/y</c>, <c>C:/Users/name/x/y</c> into the part below the home folder.</summary>
    public static bool TrySplitHome(string normalized, out string rest)
    {
        rest = string.Empty;
        foreach (var variable in s_lists.Value.HomeVariables)
        {
            if (IsAtOrUnder(normalized, variable))
            {
                rest = normalized.Length == variable.Length ? string.Empty : normalized.Substring(variable.Length + 1);
                return true;
            }
        }

        foreach (var home in s_lists.Value.RootHomes)
        {
            if (IsAtOrUnder(normalized, home))
            {
                rest = normalized.Length == home.Length ? string.Empty : normalized.Substring(home.Length + 1);
                return true;
            }
        }

        foreach (var parent in s_lists.Value.HomeParents)
        {
            if (normalized.StartsWith(parent + "/", StringComparison.Ordinal))
            {
                var nameEnd = normalized.IndexOf('/', parent.Length + 1);
                var name = nameEnd < 0 ? normalized.Substring(parent.Length + 1) : normalized.Substring(parent.Length + 1, nameEnd - parent.Length - 1);
                if (name.Length == 0 || name.IndexOfAny(new[] { '$', '%', '{', '<', '*' }) >= 0 || name == "shared" || name == "public")
                {
                    return false;
                }

                rest = nameEnd < 0 ? string.Empty : normalized.Substring(nameEnd + 1);
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// How deep in the repository a configuration's folder is, at least: <c>.vscode/mcp.json</c> → 1,
    /// <c>.kiro/settings/mcp.json</c> → 2, anything else → 0 (the repository root is not known to a rule).
    /// </summary>
    public static int ConfigDepth(string documentPath)
    {
        var folder = Normalize(System.IO.Path.GetDirectoryName(documentPath ?? string.Empty) ?? string.Empty);
        foreach (var configFolder in ConfigFolders)
        {
            if (folder == configFolder || folder.EndsWith("/" + configFolder, StringComparison.Ordinal))
            {
                return configFolder.Split('/').Length;
            }
        }

        return 0;
    }

    /// <summary>
    /// Whether a relative path climbs out of the repository from a folder <paramref name="depth"/> levels deep;
    /// <c>${workspaceFolder}/..</c> and similar start at the root.
    /// </summary>
    public static bool LeavesRepository(string path, int depth)
    {
        var text = path.Trim().Trim('"', '\'');
        foreach (var root in s_rootVariables)
        {
            if (text.StartsWith(root, StringComparison.OrdinalIgnoreCase))
            {
                text = text.Substring(root.Length).TrimStart('/', '\\');
                depth = 0;
                break;
            }
        }

        var lower = text;
        if (!(lower == ".." || lower.StartsWith("../", StringComparison.Ordinal) || lower.StartsWith("..\\", StringComparison.Ordinal)))
        {
            return false;
        }

        return Climb(lower) > depth;
    }

    private static readonly string[] s_rootVariables = { "${workspaceFolder}", "${workspaceRoot}", "${CLAUDE_PROJECT_DIR}", "$CLAUDE_PROJECT_DIR", "${PWD}", "$PWD" };

    /// <summary>How many folders above its start a relative path climbs (<c>../../x</c> → 2); 0 when it stays below.</summary>
    public static int Climb(string relativePath)
    {
        var level = 0;
        var lowest = 0;
        foreach (var segment in relativePath.Replace('\\', '/').Split('/'))
        {
            if (segment == "..")
            {
                level--;
                lowest = Math.Min(lowest, level);
            }
            else if (segment.Length > 0 && segment != ".")
            {
                level++;
            }
        }

        return -lowest;
    }

    private static bool IsAtOrUnder(string path, string folder) =>
        path.StartsWith(folder, StringComparison.Ordinal) && (path.Length == folder.Length || path[folder.Length] == '/');

    private static Lists Load()
    {
        using var data = EmbeddedData.Load("filesystem-paths.json");
        var root = data.RootElement;
        return new Lists
        {
            HomeVariables = EmbeddedData.ReadStrings(root, "homeVariables"),
            HomeParents = EmbeddedData.ReadStrings(root, "homeParents"),
            RootHomes = EmbeddedData.ReadStrings(root, "rootHomes"),
            CredentialFolders = EmbeddedData.ReadStrings(root, "credentialFolders"),
            AppDataFolders = new HashSet<string>(EmbeddedData.ReadStrings(root, "appDataFolders"), StringComparer.Ordinal),
            SystemFolders = EmbeddedData.ReadStrings(root, "systemFolders"),
            PlaceholderUserNames = new HashSet<string>(EmbeddedData.ReadStrings(root, "placeholderUserNames"), StringComparer.Ordinal),
            ConfigFolders = EmbeddedData.ReadStrings(root, "configFolders"),
        };
    }

    private sealed class Lists
    {
        public string[] HomeVariables { get; set; } = null!;

        public string[] HomeParents { get; set; } = null!;

        public string[] RootHomes { get; set; } = null!;

        public string[] CredentialFolders { get; set; } = null!;

        public HashSet<string> AppDataFolders { get; set; } = null!;

        public string[] SystemFolders { get; set; } = null!;

        public HashSet<string> PlaceholderUserNames { get; set; } = null!;

        public string[] ConfigFolders { get; set; } = null!;
    }
}
