using System;
using System.Collections.Generic;
using McpGuard.Discovery;
using McpGuard.Git;
using McpGuard.Model;
using McpGuard.Rules.Configuration;
using McpGuard.Scanning;
using McpGuard.Severity;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace McpGuard.Build.Tasks;

/// <summary>Checks configuration files and logs each finding as a located warning or error, replaying cached results when nothing changed.</summary>
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

    public string? CacheFile { get; set; }

    public override bool Execute()
    {
        if (!TryReadMaxSize(out var maxSize))
        {
            return false;
        }

        var request = new ScanRequest(ReadConfigs(), ReadList(GlobalConfigList), ReadOptions(), maxSize);
        var locator = new EditorConfigLocator();
        var key = string.IsNullOrEmpty(CacheFile) ? null : ScanCache.ComputeKey(request, locator);
        var findings = key is null ? null : ScanCache.TryLoad(CacheFile!, key);
        if (findings is null)
        {
            var ignores = new GitIgnoreDiskLookup();
            findings = ConfigScanner.Scan(request, locator, ignores);
            if (key is not null)
            {
                // MCP107 depends on the ignore files it read: a change to any of them invalidates the replay.
                ScanCache.TrySave(CacheFile!, key, findings, ignores.ConsultedFiles);
            }
        }
        else
        {
            Log.LogMessage(MessageImportance.Low, "McpGuard: nothing changed; replaying {0} finding(s) from '{1}'.", findings.Count, CacheFile);
        }

        foreach (var finding in findings)
        {
            FindingLogger.Log(Log, finding);
        }

        return !Log.HasLoggedErrors;
    }

    private List<ConfigFile> ReadConfigs()
    {
        var configs = new List<ConfigFile>();
        foreach (var entry in ConfigList.Split(new[] { '|' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var separator = entry.IndexOf('>');
            var client = separator > 0 ? entry.Substring(0, separator).Trim() : string.Empty;
            var path = entry.Substring(separator + 1).Trim();
            if (path.Length == 0)
            {
                continue;
            }

            if (!ConfigFormat.TryGetById(client, out var format))
            {
                LogInvalidSetting(path, "Client metadata", client, string.Join(", ", FormatIds()));
                continue;
            }

            configs.Add(new ConfigFile(System.IO.Path.GetFullPath(path), format));
        }

        configs.Sort((left, right) => string.CompareOrdinal(left.Path, right.Path));
        return configs;
    }

    private SeverityOptions ReadOptions() => new(
        SeverityOptions.SplitList(NoWarn),
        SeverityOptions.SplitList(WarningsAsErrors),
        SeverityOptions.SplitList(WarningsNotAsErrors),
        TreatWarningsAsErrors);

    private bool TryReadMaxSize(out long maxSize)
    {
        maxSize = ScanRequest.DefaultMaxFileSize;
        if (string.IsNullOrWhiteSpace(MaxConfigSize))
        {
            return true;
        }

        if (long.TryParse(MaxConfigSize, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out maxSize) && maxSize > 0)
        {
            return true;
        }

        LogInvalidSetting(null, "McpGuardMaxConfigSize", MaxConfigSize!, "a positive number of bytes");
        return false;
    }

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

    private static IEnumerable<string> FormatIds()
    {
        foreach (var format in ConfigFormat.All)
        {
            yield return format.Id;
        }
    }
}
