using System;
using System.Collections.Generic;
using System.Globalization;
using McpGuard.Rules;
using McpGuard.Rules.Configuration;
using McpGuard.Severity;

namespace McpGuard.Scanning;

/// <summary>
/// The McpGuard switches (MSBuild properties) read and validated in one place, for the task and the analyzer alike. An
/// invalid value is an MCPG009 error that echoes it, never a silent fallback. Adding a switch: its default and doc comment
/// in <c>McpGuard.Build.props</c>, one <c>_McpGuardSetting</c> line in the targets, one entry in <see cref="s_settings"/>
/// with its property here, and a case in <c>SettingMustBeValidRuleTests</c>.
/// </summary>
public sealed class McpGuardSettings
{
    private static readonly Setting[] s_settings =
    {
        new("McpGuardEnabled", "true, false", (value, settings) => TryParseBool(value, true, out settings._enabled)),
        new("McpGuardIncludeUserConfigs", "true, false", (value, settings) => TryParseBool(value, false, out settings._includeUserConfigs)),
        new("McpGuardMode", AnalysisModes.ValidModes, (value, settings) => AnalysisModes.TryParseMode(value, out settings._mode)),
        new("McpGuardLevel", AnalysisModes.ValidLevels, (value, settings) => AnalysisModes.TryParseLevel(value, out settings._level)),
        new("McpGuardMaxConfigSize", "a positive number of bytes", (value, settings) => TryParseSize(value, out settings._maxConfigSize)),
    };

    private bool _enabled = true;
    private bool _includeUserConfigs;
    private AnalysisMode _mode;
    private RuleSeverity _level = RuleSeverity.Info;
    private long _maxConfigSize = ScanRequest.DefaultMaxFileSize;

    private McpGuardSettings()
    {
    }

    /// <summary>The names of every switch, as MSBuild properties.</summary>
    public static IEnumerable<string> Names
    {
        get
        {
            foreach (var setting in s_settings)
            {
                yield return setting.Name;
            }
        }
    }

    public bool IsEnabled => _enabled;

    public bool IncludesUserConfigs => _includeUserConfigs;

    public AnalysisMode Mode => _mode;

    /// <summary><c>McpGuardLevel</c>: the lowest severity reported.</summary>
    public RuleSeverity Level => _level;

    public long MaxFileSize => _maxConfigSize;

    /// <summary>One MCPG009 message per invalid value (<c>Invalid McpGuardMode value 'x'. Valid values: …</c>), help link included.</summary>
    public IReadOnlyList<string> Problems { get; private set; } = Array.Empty<string>();

    /// <summary>
    /// Reads every switch through <paramref name="property"/> (name → value; <c>null</c> or blank: the default). A
    /// switch <paramref name="property"/> does not know keeps its default.
    /// </summary>
    public static McpGuardSettings Read(Func<string, string?> property)
    {
        var settings = new McpGuardSettings();
        var problems = new List<string>();
        foreach (var setting in s_settings)
        {
            var value = property(setting.Name);
            if (!string.IsNullOrWhiteSpace(value) && !setting.TryApply(value!.Trim(), settings))
            {
                var rule = SettingMustBeValidRule.Rule;
                problems.Add(rule.FormatMessage(new object[] { setting.Name, value!, setting.ValidValues }) + " (" + rule.HelpUri + ")");
            }
        }

        settings.Problems = problems;
        return settings;
    }

    private static bool TryParseBool(string value, bool defaultValue, out bool result)
    {
        result = defaultValue;
        if (string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) || string.Equals(value, "false", StringComparison.OrdinalIgnoreCase))
        {
            result = string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
            return true;
        }

        return false;
    }

    private static bool TryParseSize(string value, out long size)
    {
        var valid = long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out size) && size > 0;
        if (!valid)
        {
            size = ScanRequest.DefaultMaxFileSize;
        }

        return valid;
    }

    private delegate bool Apply(string value, McpGuardSettings settings);

    private sealed class Setting(string name, string validValues, Apply tryApply)
    {
        public string Name { get; } = name;

        public string ValidValues { get; } = validValues;

        public bool TryApply(string value, McpGuardSettings settings) => tryApply(value, settings);
    }
}
