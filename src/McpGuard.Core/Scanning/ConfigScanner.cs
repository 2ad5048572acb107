using System;
using System.Collections.Generic;
using System.IO;
using McpGuard.Discovery;
using McpGuard.Git;
using McpGuard.Rules;
using McpGuard.Severity;
using McpGuard.Text;

namespace McpGuard.Scanning;

/// <summary>Checks a set of files and resolves each finding's severity: what both hosts need, minus logging.</summary>
public static class ConfigScanner
{
    /// <summary>Scans the request; pass <c>ignores</c> to learn which ignore files were consulted (for a cache).</summary>
    public static IReadOnlyList<ReportedFinding> Scan(ScanRequest request, EditorConfigLocator? editorConfigs = null, GitIgnoreLookup? ignores = null) =>
        ScanWithDocuments(request, editorConfigs, ignores).Findings;

    /// <summary>The findings at their effective severity, and the documents they were found in (for the inventory).</summary>
    public static ScanResult ScanWithDocuments(ScanRequest request, EditorConfigLocator? editorConfigs = null, GitIgnoreLookup? ignores = null)
    {
        editorConfigs ??= new EditorConfigLocator();
        ignores ??= new GitIgnoreDiskLookup();
        var findings = new List<Finding>();
        var documents = new List<Model.McpDocument>();
        foreach (var config in request.Configs)
        {
            var checkedConfig = CheckFile(config, request.MaxFileSize, ignores);
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
            var severity = resolver.Resolve(finding.Rule, finding.Span.Path, finding.DefaultSeverity);
            var result = ReportedFinding.From(finding, severity);

            // The same file listed twice (discovered and added by hand) reports once.
            if (severity != RuleSeverity.None && seen.Add(result.ToString()))
            {
                reported.Add(result);
            }
        }

        return new ScanResult(documents, reported);
    }

    public static CheckedConfig CheckFile(ConfigFile config, long maxFileSize, GitIgnoreLookup? ignores = null)
    {
        byte[] content;
        try
        {
            var info = new FileInfo(config.Path);
            if (info.Length > maxFileSize)
            {
                return new CheckedConfig(config.Path, null, new[] { ConfigChecker.FileProblem(config.Path, config.Format, ConfigChecker.TooLarge(info.Length, maxFileSize)) });
            }

            content = File.ReadAllBytes(config.Path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            // The exception type says what happened; its message would only repeat the path.
            return new CheckedConfig(config.Path, null, new[] { ConfigChecker.FileProblem(config.Path, config.Format, $"the file could not be read ({exception.GetType().Name})") });
        }

        return ConfigChecker.CheckFile(config.Path, config.Format, ConfigText.ToUtf8(content), ignores ?? new GitIgnoreDiskLookup());
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
