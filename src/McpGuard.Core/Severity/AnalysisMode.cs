using System;
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

    public static string ToConfigWord(RuleSeverity severity) => severity switch
    {
        RuleSeverity.None => "none",
        RuleSeverity.Hidden => "silent",
        RuleSeverity.Info => "suggestion",
        RuleSeverity.Warning => "warning",
        RuleSeverity.Error => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(severity)),
    };
}
