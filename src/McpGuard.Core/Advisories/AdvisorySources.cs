using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using McpGuard.Rules;
using McpGuard.Rules.Configuration;
using McpGuard.Text;

namespace McpGuard.Advisories;

/// <summary>
/// Reads the <c>McpGuardAdvisorySource</c> items, offline: a folder of OSV records (<c>*.json</c>, in subfolders too), a
/// <c>.zip</c> of them (osv.dev's per-ecosystem <c>all.zip</c>), or one <c>.json</c> file. The task reads them from disk;
/// the analyzer passes each record file's text (it sees no folders or archives).
/// </summary>
public static class AdvisorySources
{
    private const string ValidSources = "an existing folder of OSV records, a .zip of them or one .json record file";
    private static LoadedTexts? s_lastTexts;

    /// <summary>The shipped list plus every readable record, and the problems found (MCPG009). No sources: the shipped list.</summary>
    public static (AdvisoryDatabase Database, IReadOnlyList<Finding> Problems) Load(IReadOnlyList<string> sources, Func<string, string?>? readText, long maxFileSize)
    {
        var problems = new List<Finding>();
        if (sources.Count == 0)
        {
            return (AdvisoryDatabase.Shipped, problems);
        }

        var advisories = new List<Advisory>();
        if (readText is not null)
        {
            return LoadTexts(sources, readText);
        }

        foreach (var source in sources)
        {
            ReadFromDisk(Path.GetFullPath(source), maxFileSize, advisories, problems);
        }

        return (AdvisoryDatabase.WithSources(advisories, "disk"), problems);
    }

    /// <summary>
    /// The host's texts of record files (the analyzer's AdditionalFiles). An editor makes a compilation per keystroke: the
    /// records are read again only when one of their texts changed (one set is kept, the last one read).
    /// </summary>
    private static (AdvisoryDatabase, IReadOnlyList<Finding>) LoadTexts(IReadOnlyList<string> sources, Func<string, string?> readText)
    {
        var texts = new List<(string Path, string Text)>();
        var fingerprint = new StringBuilder();
        foreach (var source in sources)
        {
            if (readText(source) is { } text)
            {
                texts.Add((source, text));
                fingerprint.Append(source).Append('\n').Append(text.Length).Append('\n').Append(text).Append('\n');
            }
        }

        var key = Hash(fingerprint.ToString());
        var last = s_lastTexts;
        if (last is not null && last.Key == key)
        {
            return (last.Database, last.Problems);
        }

        var advisories = new List<Advisory>();
        var problems = new List<Finding>();
        foreach (var (path, text) in texts)
        {
            advisories.AddRange(OsvRecordReader.ReadFile(path, ConfigText.ToUtf8(text), problems));
        }

        var loaded = new LoadedTexts(key, AdvisoryDatabase.WithSources(advisories, key), problems);
        s_lastTexts = loaded;
        return (loaded.Database, loaded.Problems);
    }

    /// <summary>
    /// The record files of a folder source and its subfolders, in the order they are read (ordinal by path). Symbolic
    /// links are not followed, as in discovery: a link can point anywhere, or back at its own folder.
    /// </summary>
    public static List<string> RecordFiles(string folder)
    {
        var files = new List<string>();
        var pending = new Stack<DirectoryInfo>();
        pending.Push(new DirectoryInfo(folder));
        while (pending.Count > 0)
        {
            foreach (var entry in pending.Pop().EnumerateFileSystemInfos())
            {
                if ((entry.Attributes & FileAttributes.ReparsePoint) != 0)
                {
                    continue;
                }

                if (entry is DirectoryInfo subfolder)
                {
                    pending.Push(subfolder);
                }
                else if (entry.Name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                {
                    files.Add(entry.FullName);
                }
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static void ReadFromDisk(string path, long maxFileSize, List<Advisory> advisories, List<Finding> problems)
    {
        try
        {
            if (Directory.Exists(path))
            {
                foreach (var file in RecordFiles(path))
                {
                    ReadFile(file, maxFileSize, advisories, problems);
                }
            }
            else if (File.Exists(path) && path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            {
                ReadArchive(path, maxFileSize, advisories, problems);
            }
            else if (File.Exists(path))
            {
                ReadFile(path, maxFileSize, advisories, problems);
            }
            else
            {
                problems.Add(Invalid(path, path, ValidSources));
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException or NotSupportedException or ArgumentException or System.Security.SecurityException)
        {
            problems.Add(Invalid(path, path, $"{ValidSources} that McpGuard can read ({exception.GetType().Name})"));
        }
    }

    private static void ReadFile(string file, long maxFileSize, List<Advisory> advisories, List<Finding> problems)
    {
        var content = Scanning.ConfigScanner.ReadBounded(file, maxFileSize, out var problem);
        if (content is null)
        {
            problems.Add(Invalid(file, file, $"{ValidSources} ({problem})"));
            return;
        }

        advisories.AddRange(OsvRecordReader.ReadFile(file, ConfigText.ToUtf8(content), problems));
    }

    /// <summary>Each <c>.json</c> entry, read up to the size limit whatever the archive claims its size is.</summary>
    private static void ReadArchive(string archive, long maxFileSize, List<Advisory> advisories, List<Finding> problems)
    {
        using var zip = new ZipArchive(File.OpenRead(archive), ZipArchiveMode.Read);
        var entries = new List<ZipArchiveEntry>(zip.Entries);
        entries.Sort((left, right) => string.CompareOrdinal(left.FullName, right.FullName));
        foreach (var entry in entries)
        {
            if (!entry.FullName.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0 && buffer.Length <= maxFileSize)
            {
                buffer.Write(chunk, 0, read);
            }

            if (buffer.Length > maxFileSize)
            {
                problems.Add(Invalid(archive, Path.GetFileName(archive) + ":" + entry.FullName, $"record files up to {maxFileSize} bytes (McpGuardMaxConfigSize)"));
                continue;
            }

            advisories.AddRange(OsvRecordReader.ReadFile(archive, ConfigText.ToUtf8(buffer.ToArray()), problems, archive, entry.FullName));
        }
    }

    private static Finding Invalid(string path, string value, string validValues)
    {
        var rule = SettingMustBeValidRule.Rule;
        return new Finding(rule, new SourceSpan(path, default, default), rule.FormatMessage(new object[] { "McpGuardAdvisorySource", value, validValues }));
    }

    private static string Hash(string text)
    {
        using var sha = SHA256.Create();
        return Convert.ToBase64String(sha.ComputeHash(Encoding.UTF8.GetBytes(text)));
    }

    private sealed class LoadedTexts(string key, AdvisoryDatabase database, IReadOnlyList<Finding> problems)
    {
        public string Key { get; } = key;

        public AdvisoryDatabase Database { get; } = database;

        public IReadOnlyList<Finding> Problems { get; } = problems;
    }
}
