using System;
using System.Collections.Generic;
using System.IO;
using McpGuard.Discovery;
using McpGuard.Rules;
using McpGuard.Severity;
using McpGuard.Text;

namespace McpGuard.Scanning;

/// <summary>Checks a set of files and resolves each finding's severity: what both hosts need, minus logging.</summary>
public static class ConfigScanner
{
    public static IReadOnlyList<ReportedFinding> Scan(ScanRequest request, EditorConfigLocator? editorConfigs = null) =>
        ScanWithDocuments(request, editorConfigs).Findings;

    /// <summary>The findings at their effective severity, and the documents they were found in (for the inventory).</summary>
    public static ScanResult ScanWithDocuments(ScanRequest request, EditorConfigLocator? editorConfigs = null)
    {
        editorConfigs ??= new EditorConfigLocator();
        var findings = new List<Finding>();
        var documents = new List<Model.McpDocument>();
        foreach (var config in request.Configs)
        {
            var checkedConfig = CheckFile(config, request.MaxFileSize);
            findings.AddRange(checkedConfig.Findings);
            if (checkedConfig.Document is { } document)
            {
                documents.Add(document);
            }
        }

        findings.AddRange(ConfigChecker.CheckRepository(documents));
        findings.Sort(FindingOrder.Compare);

        var resolver = CreateResolver(request, editorConfigs);
        var reported = new List<ReportedFinding>(findings.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            var severity = resolver.Resolve(finding.Rule, finding.Span.Path);
            var result = ReportedFinding.From(finding, severity);

            // The same file listed twice (discovered and added by hand) reports once.
            if (severity != RuleSeverity.None && seen.Add(result.ToString()))
            {
                reported.Add(result);
            }
        }

        return new ScanResult(documents, reported);
    }

    public static CheckedConfig CheckFile(ConfigFile config, long maxFileSize)
    {
        var content = ReadBounded(config.Path, maxFileSize, out var problem);
        return content is null
            ? new CheckedConfig(config.Path, null, new[] { ConfigChecker.FileProblem(config.Path, config.Format, problem!) })
            : ConfigChecker.CheckFile(config.Path, config.Format, ConfigText.ToUtf8(content));
    }

    /// <summary>
    /// The file's bytes, or null and why not. Never reads more than <paramref name="maxFileSize"/> bytes, even from a
    /// file that grows while it is read, and never opens a file whose size is zero: named pipes and devices report zero
    /// and would block or never end, and an empty regular file holds nothing to read anyway.
    /// </summary>
    internal static byte[]? ReadBounded(string path, long maxFileSize, out string? problem)
    {
        problem = null;
        try
        {
            // GetAttributes throws what is wrong (missing, path too long, access denied) where Exists would say false.
            if ((File.GetAttributes(path) & FileAttributes.Directory) != 0)
            {
                problem = "it is a folder, not a file";
                return null;
            }

            var info = new FileInfo(path);

            if (info.Length > maxFileSize)
            {
                problem = ConfigChecker.TooLarge(info.Length, maxFileSize);
                return null;
            }

            return info.Length == 0 ? Array.Empty<byte>() : ReadAtMost(path, info.Length, maxFileSize, ref problem);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException or ArgumentException or NotSupportedException)
        {
            // The exception type says what happened; its message would only repeat the path.
            problem = exception switch
            {
                FileNotFoundException or DirectoryNotFoundException => "the file does not exist (it was moved or deleted after it was found)",
                UnauthorizedAccessException or System.Security.SecurityException => "access to the file is denied",
                _ => $"the file could not be read ({exception.GetType().Name})",
            };
            return null;
        }
    }

    private static byte[]? ReadAtMost(string path, long expectedLength, long maxFileSize, ref string? problem)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 4096, FileOptions.SequentialScan);
        using var buffer = new MemoryStream((int)Math.Min(expectedLength, int.MaxValue));
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxFileSize)
            {
                // It grew past the limit while being read.
                problem = ConfigChecker.TooLarge(buffer.Length + read, maxFileSize);
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static SeverityResolver CreateResolver(ScanRequest request, EditorConfigLocator editorConfigs)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var config in request.Configs)
        {
            foreach (var editorConfig in editorConfigs.FindFor(config.Path))
            {
                AddText(files, editorConfig);
            }
        }

        foreach (var globalConfig in request.GlobalConfigFiles)
        {
            AddText(files, Path.GetFullPath(globalConfig));
        }

        return SeverityResolver.Create(files, request.Options);
    }

    private static void AddText(SortedDictionary<string, string> files, string path)
    {
        if (files.ContainsKey(path))
        {
            return;
        }

        try
        {
            files[path] = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // An unreadable configuration file contributes no severities, as in the compiler.
        }
    }
}
