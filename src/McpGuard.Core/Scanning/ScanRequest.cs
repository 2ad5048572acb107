using System;
using System.Collections.Generic;
using McpGuard.Discovery;
using McpGuard.Severity;
using McpGuard.Suppression;

namespace McpGuard.Scanning;

/// <summary>Everything a scan depends on; its file stamps and options form the cache key.</summary>
public sealed class ScanRequest
{
    /// <summary>Files larger than this are reported (MCPG001) instead of read; real configurations are a few KB.</summary>
    public const long DefaultMaxFileSize = 4 * 1024 * 1024;

    public ScanRequest(IReadOnlyList<ConfigFile> configs, IReadOnlyList<string> globalConfigFiles, SeverityOptions options, long maxFileSize = DefaultMaxFileSize)
    {
        Configs = configs;
        GlobalConfigFiles = globalConfigFiles;
        Options = options;
        MaxFileSize = maxFileSize;
    }

    public IReadOnlyList<ConfigFile> Configs { get; }

    /// <summary><c>.globalconfig</c> files of the project (explicit <c>GlobalAnalyzerConfigFiles</c> and those found above it).</summary>
    public IReadOnlyList<string> GlobalConfigFiles { get; }

    public SeverityOptions Options { get; }

    public long MaxFileSize { get; }

    /// <summary>The repository root: suppression <c>File</c>s, baseline entries and SARIF paths are relative to it.</summary>
    public string? RepositoryRoot { get; set; }

    /// <summary>The <c>McpGuardSuppress</c> items.</summary>
    public IReadOnlyList<SuppressionEntry> Suppressions { get; set; } = Array.Empty<SuppressionEntry>();

    /// <summary>The baseline to apply (<c>mcpguard.baseline.json</c>); <c>null</c> or a missing file: none.</summary>
    public string? BaselineFile { get; set; }

    /// <summary>The policy file (<c>mcpguard.json</c> or <c>McpGuardPolicyFile</c>); <c>null</c>: none. A missing or malformed file is reported.</summary>
    public string? PolicyFile { get; set; }

    /// <summary>
    /// The <c>McpGuardAdvisorySource</c> items: folders, <c>.zip</c> files or <c>.json</c> files of OSV records (the task), or
    /// the record files the host holds as texts (the analyzer, with <see cref="ReadText"/>). Read in addition to the shipped list.
    /// </summary>
    public IReadOnlyList<string> AdvisorySources { get; set; } = Array.Empty<string>();

    /// <summary>
    /// The host's texts of the files the scan reads (configurations, policy, baseline, <c>.editorconfig</c>), by path;
    /// <c>null</c> for a file it does not have. <c>null</c> (the task): files are read from disk.
    /// </summary>
    public Func<string, string?>? ReadText { get; set; }

    /// <summary>
    /// Where the files come from when not from the working tree (the git index, for <c>mcpguard --staged</c>): a file's
    /// bytes by full path, or <c>null</c> to read it from disk. Unlike <see cref="ReadText"/>, the scan is otherwise the
    /// task's (ignore files and Compose files on disk, limits in bytes).
    /// </summary>
    public Func<string, byte[]?>? ReadContent { get; set; }

    /// <summary>
    /// The configurations whose findings are reported, by full path (<c>mcpguard --files</c>, <c>--staged</c>); <c>null</c>:
    /// all of <see cref="Configs"/>. The others are read as context only, so that the rules across files (MCPG601,
    /// MCPG609, MCPG610, MCPG611) see the whole repository; their findings, and unused baseline entries (MCPG011) for
    /// them, are not reported.
    /// </summary>
    public IReadOnlyCollection<string>? ReportedConfigs { get; set; }

    /// <summary>
    /// The host has no shipped <c>McpGuard.&lt;mode&gt;.globalconfig</c> to pass in <see cref="GlobalConfigFiles"/> (the
    /// command line): the preset of <see cref="SeverityOptions.Mode"/> is generated from the descriptors instead.
    /// </summary>
    public bool AddsModePreset { get; set; }

    /// <summary>
    /// Rules run after the catalog's (a host's test of how it contains a defective rule); <c>null</c>: the catalog's only.
    /// A scan with added rules neither reuses nor records results (<see cref="CheckedFiles"/>, the replay cache).
    /// </summary>
    public IReadOnlyList<Rules.McpRule>? AddedRules { get; set; }

    /// <summary>Per-file results to reuse across scans when a file's text is unchanged (with <see cref="ReadText"/>); <c>null</c>: none.</summary>
    public CheckedConfigCache? CheckedFiles { get; set; }

    /// <summary>The <c>.editorconfig</c> files that apply; <c>null</c> (the task): found on disk above each configuration.</summary>
    public IReadOnlyList<string>? EditorConfigFiles { get; set; }

    /// <summary>
    /// The host is the compiler (the analyzer): NoWarn, WarningsAsErrors, TreatWarningsAsErrors and <c>.globalconfig</c> are
    /// applied by it, not here; findings no <c>.editorconfig</c> entry configures are marked <see cref="ReportedFinding.SeverityLeftToHost"/>.
    /// </summary>
    public bool CompilerAppliesOptions { get; set; }

    /// <summary>Where the SARIF log goes (<c>McpGuardSarifFile</c>); <c>null</c>: none. Not a scan input, but part of the cache key.</summary>
    public string? SarifFile { get; set; }

    /// <summary>Where GitLab's code quality report goes (<c>McpGuardCodeQualityFile</c>); <c>null</c>: none. Part of the cache key.</summary>
    public string? CodeQualityFile { get; set; }
}
