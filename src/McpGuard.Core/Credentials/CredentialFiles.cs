using System;
using System.Collections.Generic;
using System.IO;
using McpGuard.Internal;

namespace McpGuard.Credentials;

/// <summary>Recognises credential files by name (<c>.env</c>, <c>id_rsa</c>, <c>*.pem</c>, <c>service-account*.json</c>) and finds the project folder.</summary>
internal static class CredentialFiles
{
    private static readonly Lazy<Lists> s_lists = new(LoadLists);

    /// <summary>Client folders whose files configure the folder above them.</summary>
    private static readonly HashSet<string> s_clientFolders = new(StringComparer.OrdinalIgnoreCase) { ".vscode", ".cursor", ".claude" };

    public static bool IsCredentialFile(string fileName)
    {
        var lists = s_lists.Value;
        if (!MatchesAny(fileName, lists.Patterns) || MatchesAny(fileName, lists.Exceptions))
        {
            return false;
        }

        return !fileName.EndsWith(".pem", StringComparison.OrdinalIgnoreCase) || !NamesCertificate(fileName, lists.CertificateWords);
    }

    /// <summary>The folder relative paths start from: the configuration's folder, or the one above <c>.vscode</c>/<c>.cursor</c>/<c>.claude</c>.</summary>
    public static string ProjectDirectory(string configPath)
    {
        var directory = Path.GetDirectoryName(configPath) ?? string.Empty;
        return s_clientFolders.Contains(Path.GetFileName(directory)) ? Path.GetDirectoryName(directory) ?? directory : directory;
    }

    /// <summary><c>*</c> matches any run of characters; the rest is compared case-insensitively.</summary>
    internal static bool GlobMatches(string name, string glob) => GlobMatches(name, glob.Split('*'));

    /// <summary>A glob split at its <c>*</c>s once, when the lists are loaded: every argument of every server is tested.</summary>
    private static bool GlobMatches(string name, string[] parts)
    {
        if (!name.StartsWith(parts[0], StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var position = parts[0].Length;
        for (var i = 1; i < parts.Length; i++)
        {
            var last = i == parts.Length - 1;
            var index = last ? name.Length - parts[i].Length : name.IndexOf(parts[i], position, StringComparison.OrdinalIgnoreCase);
            if (index < position || (last && !name.EndsWith(parts[i], StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }

            position = index + parts[i].Length;
        }

        return parts.Length > 1 || name.Length == parts[0].Length;
    }

    private static bool MatchesAny(string name, string[][] globs)
    {
        foreach (var glob in globs)
        {
            if (GlobMatches(name, glob))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamesCertificate(string fileName, HashSet<string> words)
    {
        foreach (var word in Path.GetFileNameWithoutExtension(fileName).Split(new[] { '.', '-', '_', ' ' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (words.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    private static Lists LoadLists()
    {
        using var data = EmbeddedData.Load("credential-files.json");
        var root = data.RootElement;
        return new Lists
        {
            Patterns = SplitGlobs(EmbeddedData.ReadStrings(root, "patterns")),
            Exceptions = SplitGlobs(EmbeddedData.ReadStrings(root, "exceptions")),
            CertificateWords = new HashSet<string>(EmbeddedData.ReadStrings(root, "certificateWords"), StringComparer.OrdinalIgnoreCase),
        };
    }

    private static string[][] SplitGlobs(string[] globs) => Array.ConvertAll(globs, glob => glob.Split('*'));

    private sealed class Lists
    {
        public string[][] Patterns { get; set; } = Array.Empty<string[]>();

        public string[][] Exceptions { get; set; } = Array.Empty<string[]>();

        public HashSet<string> CertificateWords { get; set; } = new();
    }
}
