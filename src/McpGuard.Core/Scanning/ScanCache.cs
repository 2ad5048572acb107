using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using McpGuard.Git;
using McpGuard.Severity;

namespace McpGuard.Scanning;

/// <summary>
/// Replays the findings of an unchanged repository: the key covers the tool version, the options (mode and level
/// included), the suppression items, the repository root, the SARIF path, and the length and time stamp of every
/// configuration, <c>.editorconfig</c>, <c>.globalconfig</c>, policy, baseline and advisory record file involved; ignore files MCPG107 read are
/// recorded with the findings and checked on replay.
/// A warm build therefore neither parses nor loads the severity engine.
/// </summary>
public static class ScanCache
{
    private const string Header = "mcpguard-cache-v2";
    private const string DependencyMarker = "@dependency ";

    /// <summary>
    /// The cache file for <paramref name="request"/> in <paramref name="folder"/>: one file per distinct set of inputs (its
    /// options and file names, not their stamps), so builds with different options do not overwrite each other.
    /// </summary>
    public static string FileFor(ScanRequest request, string folder)
    {
        var inputs = new StringBuilder();
        AppendInputs(inputs, request);
        foreach (var config in request.Configs)
        {
            inputs.Append(config.Format.Id).Append('>').Append(config.Path).Append('\n');
        }

        foreach (var globalConfig in request.GlobalConfigFiles)
        {
            inputs.Append("global=").Append(Path.GetFullPath(globalConfig)).Append('\n');
        }

        return Path.Combine(folder, "scan-" + PrivateCacheFolder.Digest(inputs.ToString()) + ".cache");
    }

    public static string ComputeKey(ScanRequest request, EditorConfigLocator editorConfigs)
    {
        var text = new StringBuilder();
        text.Append(Header).Append('|').Append(PrivateCacheFolder.EngineBuild).Append('\n');
        AppendInputs(text, request);
        if (!string.IsNullOrEmpty(request.PolicyFile))
        {
            text.Append("policy=");
            FileStamp.Append(text, Path.GetFullPath(request.PolicyFile));
        }

        if (!string.IsNullOrEmpty(request.BaselineFile))
        {
            text.Append("baseline=");
            FileStamp.Append(text, Path.GetFullPath(request.BaselineFile));
        }

        AppendAdvisorySources(text, request);

        var severityFiles = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var config in request.Configs)
        {
            text.Append(config.Format.Id).Append('|');
            FileStamp.Append(text, config.Path);
            foreach (var editorConfig in editorConfigs.FindFor(config.Path))
            {
                severityFiles.Add(editorConfig);
            }
        }

        foreach (var globalConfig in request.GlobalConfigFiles)
        {
            severityFiles.Add(Path.GetFullPath(globalConfig));
        }

        foreach (var file in severityFiles)
        {
            FileStamp.Append(text, file);
        }

        return PrivateCacheFolder.Digest(text.ToString());
    }

    /// <summary>
    /// Replays the cached result when the key matches, else scans and caches (a result with an unusable baseline is not
    /// cached, so its MCPG009 is reported on every build). <paramref name="cacheFolder"/> is used only when it is private
    /// to the current user (<see cref="PrivateCacheFolder"/>); <paramref name="replayed"/> says which happened.
    /// </summary>
    public static ScanResult RunCached(ScanRequest request, string? cacheFolder, EditorConfigLocator locator, out bool replayed)
    {
        // A test's added rules are not part of the key: such a scan neither replays nor records.
        var cacheFile = cacheFolder is not null && request.AddedRules is null && PrivateCacheFolder.Prepare(cacheFolder) ? FileFor(request, cacheFolder) : null;
        var key = cacheFile is null ? null : ComputeKey(request, locator);
        var cached = key is null ? null : TryLoad(cacheFile!, key);
        replayed = cached is not null;
        if (cached is not null)
        {
            return ScanResult.Replayed(cached);
        }

        // MCPG107 depends on the ignore files it read, the container rules on the Compose files: a change to any of them invalidates the replay.
        var ignores = new GitIgnoreDiskLookup();
        var composeFiles = new ComposeDiskLookup();
        var result = ConfigScanner.Run(request, locator, ignores: ignores, composeFiles: composeFiles, cacheFolder: cacheFile is null ? null : cacheFolder);
        if (key is not null && result.BaselineProblem is null)
        {
            var dependencies = new List<string>(ignores.ConsultedFiles);
            dependencies.AddRange(composeFiles.ConsultedFiles);
            TrySave(cacheFile!, key, result.Findings, dependencies);
        }

        return result;
    }

    public static IReadOnlyList<ReportedFinding>? TryLoad(string cacheFile, string key)
    {
        var lines = PrivateCacheFolder.TryReadLines(cacheFile);
        return lines is null || lines.Length == 0 || lines[0] != Header + " " + key ? null : ReadFindings(lines);
    }

    /// <summary>Best effort: a cache that cannot be written only costs the next build a re-scan. <c>dependencies</c> are other files the scan read.</summary>
    public static void TrySave(string cacheFile, string key, IReadOnlyList<ReportedFinding> findings, IEnumerable<string>? dependencies = null)
    {
        var lines = new List<string>(findings.Count + 1) { Header + " " + key };
        foreach (var dependency in dependencies ?? Array.Empty<string>())
        {
            lines.Add(FileStamp.Dependency(DependencyMarker, dependency));
        }

        foreach (var finding in findings)
        {
            lines.Add(finding.Serialize());
        }

        PrivateCacheFolder.TryWriteLines(cacheFile, lines);
    }

    /// <summary>The findings after the header, or <c>null</c> when a line is damaged or a file the scan read has changed.</summary>
    private static List<ReportedFinding>? ReadFindings(string[] lines)
    {
        var findings = new List<ReportedFinding>(lines.Length - 1);
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].StartsWith(DependencyMarker, StringComparison.Ordinal))
            {
                if (!FileStamp.IsUnchanged(DependencyMarker, lines[i]))
                {
                    return null;
                }

                continue;
            }

            if (ReportedFinding.Deserialize(lines[i]) is not { } finding)
            {
                return null;
            }

            findings.Add(finding);
        }

        return findings;
    }

    /// <summary>Every record file of every advisory source: a record added, changed or removed re-checks.</summary>
    private static void AppendAdvisorySources(StringBuilder text, ScanRequest request)
    {
        foreach (var source in request.AdvisorySources)
        {
            var path = Path.GetFullPath(source);
            text.Append("advisory=");
            FileStamp.Append(text, path);
            try
            {
                if (Directory.Exists(path))
                {
                    foreach (var file in Advisories.AdvisorySources.RecordFiles(path))
                    {
                        FileStamp.Append(text, file);
                    }
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                // The scan reports the unreadable folder (MCPG009); a key that differs from every other only costs a re-scan.
                text.Append("unreadable=").Append(Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture)).Append('\n');
            }
        }
    }

    private static void AppendInputs(StringBuilder text, ScanRequest request)
    {
        text.Append(request.Options).Append("|max=").Append(request.MaxFileSize).Append('\n');
        text.Append("root=").Append(request.RepositoryRoot).Append("|sarif=").Append(request.SarifFile).Append("|codequality=").Append(request.CodeQualityFile).Append('\n');
        text.Append("policy=").Append(request.PolicyFile).Append("|baseline=").Append(request.BaselineFile).Append('\n');
        foreach (var source in request.AdvisorySources)
        {
            text.Append("advisory-source=").Append(source).Append('\n');
        }

        foreach (var suppression in request.Suppressions)
        {
            text.Append("suppress=").Append(suppression.Serialize()).Append('\n');
        }
    }
}
