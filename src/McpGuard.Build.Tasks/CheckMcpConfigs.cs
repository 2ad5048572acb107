using System;
using System.Collections.Generic;
using McpGuard.Rules;
using McpGuard.Rules.Configuration;
using McpGuard.Scanning;
using McpGuard.Severity;
using Microsoft.Build.Framework;

namespace McpGuard.Build.Tasks;

/// <summary>
/// The scan project's check: logs each finding of the scan described by <see cref="Scan"/> as a located warning or error,
/// replaying cached results when nothing changed; writes the SARIF log, or (with <see cref="WriteBaseline"/>) the
/// baseline instead of logging. A scan that names its discovery asks the scan project for the discovered files, which
/// MSBuild answers from the build's results (the projects asked first).
/// </summary>
public sealed class CheckMcpConfigs : ScanProjectCall
{
    /// <summary>The scan's inputs as <see cref="ScanInput.Serialize"/> wrote them (one global property, so one scan serves every project).</summary>
    public string Scan { get; set; } = string.Empty;

    /// <summary>Write every current finding to the baseline file instead of reporting (<c>-t:McpGuardBaseline</c>).</summary>
    public bool WriteBaseline { get; set; }

    /// <summary>Rules run after the catalog's, for a test of how the task contains a defective rule.</summary>
    internal IReadOnlyList<McpRule>? AddedRules { get; set; }

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
        var input = ScanInput.Parse(Scan);
        if (input.Discovery.Count > 0)
        {
            if (CallScanProject("Discover", input.Discovery) is not { } discovered)
            {
                return false;
            }

            var configs = new List<(string Client, string Path)>(discovered.Length);
            foreach (var item in discovered)
            {
                if (IsDiscoveredConfig(item))
                {
                    configs.Add(ConfigOf(item));
                }
            }

            input.AddDiscovered(configs);
        }

        var settings = McpGuardSettings.Read(name => input.Settings.TryGetValue(name, out var value) ? value : null);
        if (settings.Problems.Count > 0)
        {
            FindingLogger.LogInvalidSettings(Log, null, settings.Problems);
            return false;
        }

        var request = input.ToRequest(settings, WriteBaseline, (path, client) => LogInvalidSetting(path, "Client metadata", client, ScanInput.ValidClients()));
        request.AddedRules = AddedRules;
        var locator = new EditorConfigLocator();
        if (WriteBaseline)
        {
            var path = ScanOutputFiles.BaselinePath(input.BaselineFile, request.RepositoryRoot);
            var failure = ScanOutputFiles.TryWriteBaseline(ConfigScanner.Run(request, locator, applyBaseline: false), path, request.RepositoryRoot, out var entries);
            if (failure is not null)
            {
                LogInvalidSetting(null, "McpGuardBaselineFile", path, $"a path McpGuard can write ({failure})");
                return false;
            }

            Log.LogMessage(MessageImportance.High, "McpGuard: wrote {0} finding(s) to the baseline '{1}'; builds now report only findings it does not list.", entries, path);
            return !Log.HasLoggedErrors;
        }

        var cacheFolder = PrivateCacheFolder.Resolve(input.CacheDirectory);
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

        if (ScanOutputFiles.TryWriteSarif(result, request, out var written) is { } sarifFailure)
        {
            LogInvalidSetting(null, "McpGuardSarifFile", request.SarifFile!, $"a path McpGuard can write ({sarifFailure})");
        }
        else if (request.SarifFile is not null)
        {
            Log.LogMessage(MessageImportance.Normal, written ? "McpGuard: wrote SARIF log '{0}'." : "McpGuard: SARIF log '{0}' is up to date.", request.SarifFile);
        }

        if (ScanOutputFiles.TryWriteCodeQuality(result, request, out written) is { } codeQualityFailure)
        {
            LogInvalidSetting(null, "McpGuardCodeQualityFile", request.CodeQualityFile!, $"a path McpGuard can write ({codeQualityFailure})");
        }
        else if (request.CodeQualityFile is not null)
        {
            Log.LogMessage(MessageImportance.Normal, written ? "McpGuard: wrote code quality report '{0}'." : "McpGuard: code quality report '{0}' is up to date.", request.CodeQualityFile);
        }

        return !Log.HasLoggedErrors;
    }

    private void LogInvalidSetting(string? file, string setting, string value, string validValues)
    {
        var rule = SettingMustBeValidRule.Rule;
        var message = rule.FormatMessage(new object[] { setting, value, validValues }) + " (" + rule.HelpUri + ")";
        Log.LogError(null, rule.Id, rule.Id, rule.HelpUri, file, 0, 0, 0, 0, "{0}", message);
    }
}
