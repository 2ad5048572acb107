using System;
using System.Collections.Generic;
using System.IO;
using McpGuard.Discovery;
using McpGuard.Git;
using McpGuard.Rules;
using McpGuard.Rules.Configuration;
using McpGuard.Severity;
using McpGuard.Suppression;
using McpGuard.Text;

namespace McpGuard.Scanning;

/// <summary>Checks a set of files and resolves each finding's severity: what both hosts need, minus logging.</summary>
public static class ConfigScanner
{
    /// <summary>Every finding at effective severity (suppressed and baselined ones included, marked): <see cref="Run"/>'s findings.</summary>
    public static IReadOnlyList<ReportedFinding> Scan(ScanRequest request, EditorConfigLocator? editorConfigs = null, GitIgnoreLookup? ignores = null) =>
        Run(request, editorConfigs, ignores: ignores).Findings;

    /// <summary>The findings at their effective severity, and the documents they were found in (for the inventory).</summary>
    public static ScanResult ScanWithDocuments(ScanRequest request, EditorConfigLocator? editorConfigs = null, GitIgnoreLookup? ignores = null) =>
        Run(request, editorConfigs, ignores: ignores);

    /// <summary>
    /// The whole scan: findings at effective severity, marked when a <c>McpGuardSuppress</c> item or the baseline accepts
    /// them, followed by MCPG010 (suppression without justification) and MCPG011 (suppression or baseline entry matching
    /// nothing); and the documents they were found in (for the inventory). Pass <c>ignores</c> to learn which ignore files
    /// MCPG107 consulted (for a cache); <c>cacheFolder</c> (the task's private cache folder) keeps the severities the
    /// <c>.editorconfig</c> and <c>.globalconfig</c> files set, for the next check (<see cref="SeverityTableCache"/>).
    /// </summary>
    public static ScanResult Run(ScanRequest request, EditorConfigLocator? editorConfigs = null, bool applyBaseline = true, GitIgnoreLookup? ignores = null, Compose.ComposeFileLookup? composeFiles = null, string? cacheFolder = null)
    {
        editorConfigs ??= new EditorConfigLocator();
        ignores ??= request.ReadText is null ? new GitIgnoreDiskLookup() : GitIgnoreLookup.Unknown;

        // The analyzer (ReadText) reads no repository file beyond the configurations: compose services stay unjudged there.
        composeFiles ??= request.ReadText is null ? new ComposeDiskLookup() : Compose.ComposeFileLookup.Unknown;
        var raw = new List<Finding>();
        var documents = new List<Model.McpDocument>();
        Policy.McpPolicy? policy = null;
        string? policyText = null;
        if (ReadPolicy(request, out policyText) is { } read)
        {
            raw.AddRange(read.Problems);
            policy = read.Policy;
        }

        var (advisories, advisoryProblems) = Advisories.AdvisorySources.Load(request.AdvisorySources, request.ReadText, request.MaxFileSize);
        raw.AddRange(advisoryProblems);

        var options = new CheckOptions(ignores, policy, composeFiles, advisories);
        if (request.AddedRules is { Count: > 0 } added)
        {
            options = options.WithAddedRules(added);
        }

        foreach (var config in request.Configs)
        {
            var checkedConfig = request.ReadText is null
                ? CheckFile(config, request.MaxFileSize, options, request.ReadContent)
                : CheckText(config, request, options, policyText);
            raw.AddRange(checkedConfig.Findings);
            if (checkedConfig.Document is { } document)
            {
                documents.Add(document);
            }
        }

        raw.AddRange(ConfigChecker.CheckRepository(documents, options));
        raw.Sort(FindingOrder.Compare);

        string? baselineProblem = null;
        var baseline = applyBaseline ? TryReadBaseline(request, out baselineProblem) : null;
        var pendingBaseline = new List<BaselineEntry>(baseline?.Entries ?? Array.Empty<BaselineEntry>());
        var usedSuppressions = new HashSet<SuppressionEntry>();
        var resolver = CreateResolver(request, editorConfigs, cacheFolder);
        var findings = new List<ReportedFinding>(raw.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var finding in raw)
        {
            // Matching looks at every finding, whatever its severity: a suppression is unused only when nothing matches it.
            var result = Suppress(ReportedFinding.From(finding, RuleSeverity.None), request, usedSuppressions, pendingBaseline);
            var leftToHost = false;
            var severity = request.CompilerAppliesOptions
                ? resolver.ResolveForCompiler(finding.Rule, finding.Span.Path, finding.DefaultSeverity, out leftToHost)
                : resolver.Resolve(finding.Rule, finding.Span.Path, finding.DefaultSeverity);
            var reported = new ReportedFinding(
                result.RuleId, severity, result.Path, result.Line, result.Column, result.EndLine, result.EndColumn, result.Message,
                result.JsonPath, result.Server, result.Suppression, result.Justification).WithSource(finding, leftToHost);

            // The same file listed twice (discovered and added by hand) reports once.
            if (severity != RuleSeverity.None && seen.Add(reported.ToString()) && !IsContextOnly(request, reported.Path))
            {
                findings.Add(reported);
            }
        }

        foreach (var notice in Notices(request, usedSuppressions, pendingBaseline))
        {
            var leftToHost = false;
            var severity = request.CompilerAppliesOptions
                ? resolver.ResolveForCompiler(notice.Rule, notice.Span.Path, notice.DefaultSeverity, out leftToHost)
                : resolver.Resolve(notice.Rule, notice.Span.Path);
            if (severity != RuleSeverity.None)
            {
                findings.Add(ReportedFinding.From(notice, severity).WithSource(notice, leftToHost));
            }
        }

        return new ScanResult(documents, findings, baselineProblem);
    }

    /// <summary>One configuration from disk, or from <paramref name="readContent"/> when it has the file (<see cref="ScanRequest.ReadContent"/>).</summary>
    /// <remarks><paramref name="options"/> default to what the disk tells: git-ignored files and Compose files next to the configuration.</remarks>
    public static CheckedConfig CheckFile(ConfigFile config, long maxFileSize, CheckOptions? options = null, Func<string, byte[]?>? readContent = null)
    {
        var content = ReadBounded(config.Path, maxFileSize, readContent, out var problem);
        return content is null
            ? new CheckedConfig(config.Path, null, new[] { ConfigChecker.FileProblem(config.Path, config.Format, problem!) })
            : ConfigChecker.CheckFile(config.Path, config.Format, ConfigText.ToUtf8(content), options ?? new CheckOptions(new GitIgnoreDiskLookup(), composeFiles: new ComposeDiskLookup()));
    }

    /// <summary>A configuration as the host holds it (the editor's unsaved text included); the limit counts characters.</summary>
    private static CheckedConfig CheckText(ConfigFile config, ScanRequest request, CheckOptions options, string? policyText)
    {
        string? text;
        try
        {
            text = request.ReadText!(config.Path);
        }
        catch (Exception exception) when (exception is not (OperationCanceledException or FileNotFoundException or FileLoadException or TypeLoadException or MissingMethodException))
        {
            // Only the analyzer hands texts over; a host that fails to give one is one MCPG001 naming it, never AD0001.
            return new CheckedConfig(config.Path, null, new[] { ConfigChecker.FileProblem(config.Path, config.Format, ConfigChecker.Failure("the analyzer", exception)) });
        }

        if (text is null)
        {
            return new CheckedConfig(config.Path, null, new[] { ConfigChecker.FileProblem(config.Path, config.Format, "the file could not be read") });
        }

        // Characters, not bytes: close enough to keep absurd files from being parsed in the editor.
        CheckedConfig Check() => text.Length > request.MaxFileSize
            ? new CheckedConfig(config.Path, null, new[] { ConfigChecker.FileProblem(config.Path, config.Format, ConfigChecker.TooLarge(text.Length, request.MaxFileSize)) })
            : ConfigChecker.CheckFile(config.Path, config.Format, ConfigText.ToUtf8(text), options);

        // The advisory records decide MCPG204's findings as the policy decides MCPG205's: both are part of the reuse key.
        // A test's added rules are not part of the key: such a scan reuses nothing.
        var fingerprint = options.Advisories?.Fingerprint ?? string.Empty;
        var inputs = fingerprint.Length == 0 ? policyText : policyText + "\n" + fingerprint;
        return request.CheckedFiles is { } cache && request.AddedRules is null ? cache.GetOrCheck(config.Path, config.Format.Id, request.MaxFileSize, text, inputs, Check) : Check();
    }

    private static Policy.PolicyReadResult? ReadPolicy(ScanRequest request, out string? text)
    {
        text = null;
        if (string.IsNullOrEmpty(request.PolicyFile))
        {
            return null;
        }

        var path = Path.GetFullPath(request.PolicyFile);
        if (request.ReadText is null)
        {
            return request.ReadContent?.Invoke(path) is { } content ? Policy.PolicyReader.Read(path, content) : Policy.PolicyReader.ReadFile(path);
        }

        text = request.ReadText(path);
        return text is null ? null : Policy.PolicyReader.Read(path, System.Text.Encoding.UTF8.GetBytes(text));
    }

    /// <summary>
    /// The file's bytes, or null and why not. Never reads more than <paramref name="maxFileSize"/> bytes, even from a
    /// file that grows while it is read, and never opens a file whose size is zero: named pipes and devices report zero
    /// and would block or never end, and an empty regular file holds nothing to read anyway.
    /// </summary>
    internal static byte[]? ReadBounded(string path, long maxFileSize, out string? problem) => ReadBounded(path, maxFileSize, null, out problem);

    private static byte[]? ReadBounded(string path, long maxFileSize, Func<string, byte[]?>? readContent, out string? problem)
    {
        problem = null;
        if (readContent?.Invoke(path) is { } content)
        {
            if (content.Length > maxFileSize)
            {
                // A host may stop reading one byte past the limit: the size is not known, only that it is too large.
                problem = $"the file is larger than the {maxFileSize}-byte limit (McpGuardMaxConfigSize)";
                return null;
            }

            return content;
        }

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

    private static ReportedFinding Suppress(ReportedFinding finding, ScanRequest request, HashSet<SuppressionEntry> used, List<BaselineEntry> pendingBaseline)
    {
        foreach (var entry in request.Suppressions)
        {
            if (entry.Matches(finding, request.RepositoryRoot))
            {
                used.Add(entry);
                return finding.WithSuppression(SuppressionKind.Item, entry.Justification);
            }
        }

        // Each baseline entry accepts one finding: a second identical finding at the same node is new.
        var index = pendingBaseline.IndexOf(Baseline.EntryFor(finding, request.RepositoryRoot));
        if (index >= 0)
        {
            pendingBaseline.RemoveAt(index);
            return finding.WithSuppression(SuppressionKind.Baseline, Baseline.Justification);
        }

        return finding;
    }

    private static IEnumerable<Finding> Notices(ScanRequest request, HashSet<SuppressionEntry> used, List<BaselineEntry> unusedBaseline)
    {
        foreach (var entry in request.Suppressions)
        {
            if (entry.Justification is null)
            {
                yield return SuppressionNeedsJustificationRule.Create(entry);
            }

            if (!used.Contains(entry))
            {
                yield return SuppressionMustBeUsedRule.Create(entry);
            }
        }

        foreach (var entry in unusedBaseline)
        {
            if (request.ReportedConfigs is not null && !IsReported(request, entry.File))
            {
                continue;
            }

            yield return SuppressionMustBeUsedRule.Create(entry, Path.GetFullPath(request.BaselineFile!));
        }
    }

    private static bool IsReported(ScanRequest request, string repositoryRelativePath)
    {
        foreach (var path in request.ReportedConfigs!)
        {
            if (RepositoryPaths.SameFile(RepositoryPaths.ToRelative(request.RepositoryRoot, path), repositoryRelativePath))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A finding in a configuration read only as context for the rules across files (<see cref="ScanRequest.ReportedConfigs"/>).</summary>
    private static bool IsContextOnly(ScanRequest request, string path)
    {
        if (request.ReportedConfigs is not { } reported)
        {
            return false;
        }

        foreach (var config in request.Configs)
        {
            if (RepositoryPaths.SameFile(config.Path, path))
            {
                foreach (var reportedPath in reported)
                {
                    if (RepositoryPaths.SameFile(reportedPath, path))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        return false;
    }

    private static Baseline? TryReadBaseline(ScanRequest request, out string? problem)
    {
        problem = null;
        var path = request.BaselineFile;
        if (request.ReadText is null && !string.IsNullOrEmpty(path) && request.ReadContent?.Invoke(path!) is { } content)
        {
            try
            {
                return Baseline.Parse(content);
            }
            catch (InvalidDataException exception)
            {
                problem = exception.Message;
                return null;
            }
        }

        var text = string.IsNullOrEmpty(path) ? null : request.ReadText?.Invoke(path!);
        if (string.IsNullOrEmpty(path) || (request.ReadText is null ? !File.Exists(path) : text is null))
        {
            return null;
        }

        try
        {
            return text is null ? Baseline.Read(path!) : Baseline.Parse(System.Text.Encoding.UTF8.GetBytes(text));
        }
        catch (InvalidDataException exception)
        {
            problem = exception.Message;
            return null;
        }
    }

    private static SeverityResolver CreateResolver(ScanRequest request, EditorConfigLocator editorConfigs, string? cacheFolder)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var editorConfig in request.EditorConfigFiles ?? FindEditorConfigs(request, editorConfigs))
        {
            AddText(files, editorConfig, request.ReadText);
        }

        foreach (var globalConfig in request.GlobalConfigFiles)
        {
            AddText(files, Path.GetFullPath(globalConfig), request.ReadText);
        }

        if (request.AddsModePreset && request.Options.Mode != AnalysisMode.Default)
        {
            var name = "McpGuard." + request.Options.Mode.ToString().ToLowerInvariant() + ".globalconfig";
            files[Path.Combine(AppContext.BaseDirectory, name)] = AnalysisModes.GlobalConfigText(request.Options.Mode, RuleCatalog.Descriptors);
        }

        if (request.ReadText is null && request.ReadContent is { } readContent)
        {
            // The index's text of each .editorconfig/.globalconfig it holds; the others as found on disk.
            foreach (var path in new List<string>(files.Keys))
            {
                if (readContent(path) is { } content)
                {
                    files[path] = new System.Text.UTF8Encoding(false, false).GetString(content).TrimStart('\uFEFF');
                }
            }
        }

        var paths = new List<string>(request.Configs.Count);
        foreach (var config in request.Configs)
        {
            paths.Add(config.Path);
        }

        return SeverityResolver.Create(files, request.Options, parseAlways: false, cacheFolder, paths);
    }

    private static IEnumerable<string> FindEditorConfigs(ScanRequest request, EditorConfigLocator editorConfigs)
    {
        foreach (var config in request.Configs)
        {
            foreach (var editorConfig in editorConfigs.FindFor(config.Path))
            {
                yield return editorConfig;
            }
        }
    }

    private static void AddText(SortedDictionary<string, string> files, string path, Func<string, string?>? readText)
    {
        if (files.ContainsKey(path))
        {
            return;
        }

        if (readText is not null)
        {
            if (readText(path) is { } text)
            {
                files[path] = text;
            }

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
