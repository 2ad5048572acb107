using System;
using System.Collections.Generic;
using System.Text;
using McpGuard.Rules;

namespace McpGuard.Severity;

/// <summary>
/// <c>McpGuardMode</c>: a preset for every rule's severity. The presets ship as global analyzer configs at
/// <c>global_level = -100</c> (generated from the descriptors by McpGuard.Core.Tests' AnalysisModeConfigTests), so any
/// <c>.editorconfig</c> or <c>.globalconfig</c> of the user wins over them, as with Meziantou.Analyzer's analysis modes.
/// </summary>
public enum AnalysisMode
{
    /// <summary>The catalog's severities.</summary>
    Default,

    /// <summary>Warnings become errors and suggestions become warnings.</summary>
    Strict,

    /// <summary>Everything is a warning and nothing fails the build, whatever else is configured.</summary>
    Audit,
}

/// <summary>Parsing and the shipped global configs of <see cref="AnalysisMode"/> and <c>McpGuardLevel</c>.</summary>
public static class AnalysisModes
{
    /// <summary>The values <c>McpGuardMode</c> accepts, as MCPG009 lists them.</summary>
    public const string ValidModes = "default, strict, audit";

    /// <summary>The values <c>McpGuardLevel</c> accepts, as MCPG009 lists them.</summary>
    public const string ValidLevels = "suggestion, warning, error";

    public static bool TryParseMode(string? value, out AnalysisMode mode)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case null:
            case "":
            case "default":
                mode = AnalysisMode.Default;
                return true;
            case "strict":
                mode = AnalysisMode.Strict;
                return true;
            case "audit":
                mode = AnalysisMode.Audit;
                return true;
            default:
                mode = AnalysisMode.Default;
                return false;
        }
    }

    /// <summary><c>McpGuardLevel</c>: the lowest severity reported (<c>suggestion</c> reports everything that is shown).</summary>
    public static bool TryParseLevel(string? value, out RuleSeverity level)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case null:
            case "":
            case "suggestion":
                level = RuleSeverity.Info;
                return true;
            case "warning":
                level = RuleSeverity.Warning;
                return true;
            case "error":
                level = RuleSeverity.Error;
                return true;
            default:
                level = RuleSeverity.Info;
                return false;
        }
    }

    /// <summary>The severity a mode gives a rule whose catalog severity is <paramref name="severity"/>.</summary>
    public static RuleSeverity Apply(AnalysisMode mode, RuleSeverity severity) => mode switch
    {
        AnalysisMode.Strict => severity switch
        {
            RuleSeverity.Info => RuleSeverity.Warning,
            RuleSeverity.Warning => RuleSeverity.Error,
            _ => severity,
        },
        AnalysisMode.Audit => severity == RuleSeverity.None ? severity : RuleSeverity.Warning,
        _ => severity,
    };

    /// <summary>
    /// The global config of <paramref name="mode"/>: one line per descriptor, in id order, at <c>global_level = -100</c>.
    /// The package ships it as <c>build/config/McpGuard.&lt;mode&gt;.globalconfig</c> (AnalysisModeConfigTests keeps the
    /// two equal); the command line, which has no such file, uses it directly.
    /// </summary>
    public static string GlobalConfigText(AnalysisMode mode, IEnumerable<RuleDescriptor> descriptors)
    {
        var name = mode.ToString().ToLowerInvariant();
        var text = new StringBuilder();
        text.Append("# McpGuardMode=").Append(name).Append(": ").Append(Describe(mode)).Append('\n');
        text.Append("# Generated from the rule descriptors by McpGuard.Core.Tests (AnalysisModeConfigTests); do not edit.\n");
        text.Append("# global_level -100: every .editorconfig and .globalconfig of the repository wins over this file.\n");
        text.Append("is_global = true\n");
        text.Append("global_level = -100\n");
        foreach (var rule in descriptors)
        {
            text.Append('\n');
            text.Append("# ").Append(rule.Id).Append(": ").Append(rule.Title).Append(" (default ").Append(ToConfigWord(rule.DefaultSeverity)).Append(")\n");
            text.Append("dotnet_diagnostic.").Append(rule.Id).Append(".severity = ").Append(ToConfigWord(Apply(mode, rule.DefaultSeverity))).Append('\n');
        }

        return text.ToString();
    }

    public static string ToConfigWord(RuleSeverity severity) => severity switch
    {
        RuleSeverity.None => "none",
        RuleSeverity.Hidden => "silent",
        RuleSeverity.Info => "suggestion",
        RuleSeverity.Warning => "warning",
        RuleSeverity.Error => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(severity)),
    };

    private static string Describe(AnalysisMode mode) => mode switch
    {
        AnalysisMode.Strict => "warnings become errors, suggestions become warnings.",
        AnalysisMode.Audit => "every rule is a warning (the task also keeps errors from failing the build).",
        _ => "the catalog's severities.",
    };
}
