using System;
using System.Collections.Generic;
using McpGuard.Rules;

namespace McpGuard.Severity;

/// <summary>
/// The project properties that change severities: <c>NoWarn</c>, <c>WarningsAsErrors</c>, <c>WarningsNotAsErrors</c>,
/// <c>TreatWarningsAsErrors</c>, and McpGuard's <c>McpGuardMode</c> (audit caps errors) and <c>McpGuardLevel</c>.
/// </summary>
public sealed class SeverityOptions
{
    public static readonly SeverityOptions Default = new(Array.Empty<string>(), Array.Empty<string>(), Array.Empty<string>(), false);

    public SeverityOptions(
        IEnumerable<string> noWarn,
        IEnumerable<string> warningsAsErrors,
        IEnumerable<string> warningsNotAsErrors,
        bool treatWarningsAsErrors,
        AnalysisMode mode = AnalysisMode.Default,
        RuleSeverity minimumLevel = RuleSeverity.Info)
    {
        Mode = mode;
        MinimumLevel = minimumLevel;
        NoWarn = new HashSet<string>(noWarn, StringComparer.OrdinalIgnoreCase);
        WarningsAsErrors = new HashSet<string>(warningsAsErrors, StringComparer.OrdinalIgnoreCase);
        WarningsNotAsErrors = new HashSet<string>(warningsNotAsErrors, StringComparer.OrdinalIgnoreCase);
        TreatWarningsAsErrors = treatWarningsAsErrors;
    }

    public HashSet<string> NoWarn { get; }

    public HashSet<string> WarningsAsErrors { get; }

    public HashSet<string> WarningsNotAsErrors { get; }

    public bool TreatWarningsAsErrors { get; }

    /// <summary>
    /// <c>McpGuardMode</c>. Its severities reach the resolver as a shipped <c>.globalconfig</c>; only <see cref="AnalysisMode.Audit"/>
    /// acts here too, keeping every finding below error whatever else is configured.
    /// </summary>
    public AnalysisMode Mode { get; }

    /// <summary><c>McpGuardLevel</c>: findings resolved below this severity are not reported.</summary>
    public RuleSeverity MinimumLevel { get; }

    /// <summary>Splits an MSBuild list as the compiler does: separated by <c>;</c> or <c>,</c>, blanks ignored.</summary>
    public static IEnumerable<string> SplitList(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            yield break;
        }

        foreach (var item in value!.Split(new[] { ';', ',', ' ', '\t', '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries))
        {
            yield return item.Trim();
        }
    }

    /// <summary>A stable text form, part of the cache key.</summary>
    public override string ToString() =>
        $"nowarn={Join(NoWarn)}|waserror={Join(WarningsAsErrors)}|wnaserror={Join(WarningsNotAsErrors)}|twae={TreatWarningsAsErrors}|mode={Mode}|level={MinimumLevel}";

    private static string Join(HashSet<string> values)
    {
        var sorted = new List<string>(values);
        sorted.Sort(StringComparer.OrdinalIgnoreCase);
        return string.Join(",", sorted);
    }
}
