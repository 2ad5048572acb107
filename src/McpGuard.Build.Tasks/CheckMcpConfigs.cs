using System;
using System.Collections.Generic;
using System.IO;
using McpGuard.Discovery;
using McpGuard.Reporting;
using McpGuard.Rules.Configuration;
using McpGuard.Scanning;
using McpGuard.Severity;
using McpGuard.Suppression;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace McpGuard.Build.Tasks;

/// <summary>
/// Checks configuration files and logs each finding as a located warning or error, replaying cached results when nothing
/// changed; writes the SARIF log, or (with <see cref="WriteBaseline"/>) the baseline instead of logging.
/// </summary>
public sealed class CheckMcpConfigs : Task
{
    /// <summary>Entries <c>client&gt;path</c> separated by <c>|</c> (a global property, so one scan serves every project of a build).</summary>
    public string ConfigList { get; set; } = string.Empty;

    public string? GlobalConfigList { get; set; }

    public string? NoWarn { get; set; }

    public string? WarningsAsErrors { get; set; }

    public string? WarningsNotAsErrors { get; set; }

    public bool TreatWarningsAsErrors { get; set; }

    public string? MaxConfigSize { get; set; }

    /// <summary><c>McpGuardCacheDirectory</c>; empty: the user's own cache folder. Used only when private to the building user.</summary>
    public string? CacheDirectory { get; set; }

    public string? RepositoryRoot { get; set; }

    /// <summary>The <c>McpGuardSuppress</c> items, serialized by the targets (see <see cref="SuppressionEntry.ParseList"/>).</summary>
    public string? SuppressList { get; set; }

    public string? BaselineFile { get; set; }

    /// <summary>The policy file (<c>McpGuardPolicyFile</c>, or <c>mcpguard.json</c> at the repository root when it exists).</summary>
    public string? PolicyFile { get; set; }

    /// <summary>The <c>McpGuardAdvisorySource</c> items as full paths separated by <c>|</c>: folders, <c>.zip</c> or <c>.json</c> files of OSV records.</summary>
    public string? AdvisorySources { get; set; }

    public string? Mode { get; set; }

    public string? Level { get; set; }

    public string? SarifFile { get; set; }

    /// <summary><c>McpGuardCodeQualityFile</c>: where GitLab's code quality report goes; empty: none.</summary>
    public string? CodeQualityFile { get; set; }

    /// <summary>Write every current finding to <see cref="BaselineFile"/> instead of reporting (<c>-t:McpGuardBaseline</c>).</summary>
    public bool WriteBaseline { get; set; }

    public override bool Execute()
    {
        try
        {
            return Check();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Never MSB4018 with a stack trace: one error that names the failure and where to report it.
            FindingLogger.LogFailure(Log, nameof(CheckMcpConfigs), exception);
            return false;
        }
    }

    private bool Check()
    {
        var settings = McpGuardSettings.Read(name => name switch
        {
            "McpGuardMode" => Mode,
            "McpGuardLevel" => Level,
            "McpGuardMaxConfigSize" => MaxConfigSize,
            _ => null,
        });
        if (settings.Problems.Count > 0)
        {
            FindingLogger.LogInvalidSettings(Log, null, settings.Problems);
            return false;
        }

        var options = new SeverityOptions(
            SeverityOptions.SplitList(NoWarn), SeverityOptions.SplitList(WarningsAsErrors), SeverityOptions.SplitList(WarningsNotAsErrors), TreatWarningsAsErrors, settings.Mode, settings.Level);
        var request = new ScanRequest(ReadConfigs(), ReadList(GlobalConfigList), options, settings.MaxFileSize)
        {
            RepositoryRoot = Blank(RepositoryRoot),
            Suppressions = SuppressionEntry.ParseList(SuppressList),
            BaselineFile = WriteBaseline ? null : Blank(BaselineFile),
            PolicyFile = Blank(PolicyFile),
            AdvisorySources = ReadList(AdvisorySources),
            SarifFile = WriteBaseline ? null : Blank(SarifFile),
        };
        var locator = new EditorConfigLocator();
        if (WriteBaseline)
        {
            return WriteBaselineFile(ConfigScanner.Run(request, locator, applyBaseline: false), request);
        }

        var cacheFolder = PrivateCacheFolder.Resolve(CacheDirectory);
        var result = ScanCache.RunCached(request, cacheFolder, locator, out var replayed);
        if (replayed)
        {
            Log.LogMessage(MessageImportance.Low, "McpGuard: nothing changed; replaying {0} finding(s) from '{1}'.", result.Findings.Count, cacheFolder);
        }

        if (result.BaselineProblem is not null)
        {
            LogInvalidSetting(request.BaselineFile, "McpGuardBaselineFile", request.BaselineFile!, "a baseline written by -t:McpGuardBaseline; " + result.BaselineProblem);
        }

        foreach (var finding in result.Reported)
        {
            FindingLogger.Log(Log, finding);
        }

        if (result.Baselined.Count > 0)
        {
            Log.LogMessage(MessageImportance.High, "McpGuard: {0} finding(s) accepted by the baseline '{1}' are not reported.", result.Baselined.Count, request.BaselineFile);
        }

        WriteSarif(result, request);
        WriteCodeQuality(result, request);
        return !Log.HasLoggedErrors;
    }

    private void WriteSarif(ScanResult result, ScanRequest request)
    {
        if (request.SarifFile is null)
        {
            return;
        }

        try
        {
            var baselineInUse = request.BaselineFile is not null && File.Exists(request.BaselineFile) && result.BaselineProblem is null;
            var written = SarifLog.WriteFile(request.SarifFile, SarifLog.ToJson(result, request.RepositoryRoot, baselineInUse));
            Log.LogMessage(MessageImportance.Normal, written ? "McpGuard: wrote SARIF log '{0}'." : "McpGuard: SARIF log '{0}' is up to date.", request.SarifFile);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            LogInvalidSetting(null, "McpGuardSarifFile", request.SarifFile, $"a path McpGuard can write ({exception.GetType().Name})");
        }
    }

    private void WriteCodeQuality(ScanResult result, ScanRequest request)
    {
        if (Blank(CodeQualityFile) is not { } path)
        {
            return;
        }

        try
        {
            var written = SarifLog.WriteFile(path, CodeQualityReport.ToJson(result, request.RepositoryRoot));
            Log.LogMessage(MessageImportance.Normal, written ? "McpGuard: wrote code quality report '{0}'." : "McpGuard: code quality report '{0}' is up to date.", path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            LogInvalidSetting(null, "McpGuardCodeQualityFile", path, $"a path McpGuard can write ({exception.GetType().Name})");
        }
    }

    private bool WriteBaselineFile(ScanResult result, ScanRequest request)
    {
        var path = Blank(BaselineFile) ?? Path.Combine(request.RepositoryRoot ?? Directory.GetCurrentDirectory(), Baseline.DefaultFileName);
        var baseline = Baseline.From(result.Findings, request.RepositoryRoot);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            File.WriteAllText(path, baseline.ToJson());
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            LogInvalidSetting(null, "McpGuardBaselineFile", path, $"a path McpGuard can write ({exception.GetType().Name})");
            return false;
        }

        Log.LogMessage(MessageImportance.High, "McpGuard: wrote {0} finding(s) to the baseline '{1}'; builds now report only findings it does not list.", baseline.Entries.Count, path);
        return !Log.HasLoggedErrors;
    }

    private List<ConfigFile> ReadConfigs() =>
        ConfigListReader.Read(ConfigList, (path, client) => LogInvalidSetting(path, "Client metadata", client, string.Join(", ", ConfigListReader.FormatIds())));

    private void LogInvalidSetting(string? file, string setting, string value, string validValues)
    {
        var rule = SettingMustBeValidRule.Rule;
        var message = rule.FormatMessage(new object[] { setting, value, validValues }) + " (" + rule.HelpUri + ")";
        Log.LogError(null, rule.Id, rule.Id, rule.HelpUri, file, 0, 0, 0, 0, "{0}", message);
    }

    private static List<string> ReadList(string? list)
    {
        var values = new List<string>();
        foreach (var value in (list ?? string.Empty).Split(new[] { '|' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (value.Trim().Length > 0)
            {
                values.Add(value.Trim());
            }
        }

        return values;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
}
