using System;
using System.Collections.Generic;
using McpGuard.Rules;

namespace McpGuard.Severity;

/// <summary>
/// The effective severity of a finding, the same in the task and the analyzer. The compiler does not apply
/// <c>.editorconfig</c> severities to diagnostics in additional files (dotnet/roslyn#31916), so this resolves them
/// with the compiler's own <c>AnalyzerConfigSet</c> (<see cref="ConfiguredSeverities"/>). Order: NoWarn → WarningsAsErrors → <c>.editorconfig</c>
/// section for the file → <c>.globalconfig</c> → category-wide entries (<c>.editorconfig</c>, then <c>.globalconfig</c>)
/// → rule default; <c>none</c> drops the finding; then
/// TreatWarningsAsErrors promotes warnings not listed in WarningsNotAsErrors; audit mode caps errors at warnings; and
/// findings below <c>McpGuardLevel</c> are dropped.
/// </summary>
public sealed class SeverityResolver
{
    private readonly ConfiguredSeverities? _configs;
    private readonly SeverityOptions _options;

    private SeverityResolver(ConfiguredSeverities? configs, SeverityOptions options)
    {
        _configs = configs;
        _options = options;
    }

    /// <summary>Builds a resolver from <c>.editorconfig</c> and <c>.globalconfig</c> texts, each with its absolute path.</summary>
    public static SeverityResolver Create(IEnumerable<KeyValuePair<string, string>> configFiles, SeverityOptions options) =>
        Create(configFiles, options, parseAlways: false);

    /// <summary>
    /// Roslyn's <c>.editorconfig</c> machinery (its assembly, parser and JIT-compiled code) is loaded only when a file names
    /// a key that can set a McpGuard severity (<see cref="MayConfigureMcpGuard"/>); otherwise no file can change an answer.
    /// With <paramref name="cacheFolder"/> (the task's private cache folder) the answers for <paramref name="paths"/> are
    /// kept there and read back while the files' texts are the same (<see cref="SeverityTableCache"/>), so that a re-check
    /// after a configuration changed does not load Roslyn either. <paramref name="parseAlways"/> (tests) parses anyway, to
    /// show the answers are the same.
    /// </summary>
    internal static SeverityResolver Create(IEnumerable<KeyValuePair<string, string>> configFiles, SeverityOptions options, bool parseAlways, string? cacheFolder = null, IEnumerable<string>? paths = null)
    {
        var files = new List<KeyValuePair<string, string>>(configFiles);
        var configures = parseAlways;
        foreach (var file in files)
        {
            configures |= MayConfigureMcpGuard(file.Value);
        }

        if (!configures || files.Count == 0)
        {
            return new SeverityResolver(null, options);
        }

        var configs = cacheFolder is null ? ConfiguredSeverities.Parse(files) : SeverityTableCache.Load(files, cacheFolder, paths ?? Array.Empty<string>());
        return new SeverityResolver(configs, options);
    }

    /// <summary>
    /// A cheap look at a file's text: does it have a key that can set a McpGuard rule's severity? Keys are case-insensitive
    /// and hold no spaces: <c>dotnet_diagnostic.MCPGnnn.severity</c>, or <c>dotnet_analyzer_diagnostic.</c> (category-wide and all-rules entries).
    /// </summary>
    internal static bool MayConfigureMcpGuard(string text) =>
        text.IndexOf("dotnet_diagnostic.mcpg", StringComparison.OrdinalIgnoreCase) >= 0
        || text.IndexOf("dotnet_analyzer_diagnostic.", StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>The effective severity; <c>defaultSeverity</c> is the finding's own default (<see cref="Finding.DefaultSeverity"/>).</summary>
    public RuleSeverity Resolve(RuleDescriptor rule, string filePath, RuleSeverity? defaultSeverity = null)
    {
        if (_options.NoWarn.Contains(rule.Id))
        {
            return RuleSeverity.None;
        }

        var severity = _options.WarningsAsErrors.Contains(rule.Id)
            ? RuleSeverity.Error
            : (_configs is null ? null : FromConfiguration(rule, filePath)) ?? defaultSeverity ?? rule.DefaultSeverity;
        if (severity == RuleSeverity.Warning && _options.TreatWarningsAsErrors && !_options.WarningsNotAsErrors.Contains(rule.Id))
        {
            severity = RuleSeverity.Error;
        }

        // Audit mode looks but never fails: no setting turns a finding into an error there.
        if (severity == RuleSeverity.Error && _options.Mode == AnalysisMode.Audit)
        {
            severity = RuleSeverity.Warning;
        }

        return severity < _options.MinimumLevel ? RuleSeverity.None : severity;
    }

    /// <summary>
    /// The severity where the compiler reports (the analyzer): only <c>.editorconfig</c> is resolved here (the compiler does
    /// not apply it to additional files); <paramref name="leftToCompiler"/> says none configured the rule, so the host
    /// reports at the descriptor's default and the compiler applies NoWarn, WarningsAsErrors and <c>.globalconfig</c>
    /// (the mode's preset included). McpGuardLevel is judged on the severity known here.
    /// </summary>
    public RuleSeverity ResolveForCompiler(RuleDescriptor rule, string filePath, RuleSeverity defaultSeverity, out bool leftToCompiler)
    {
        // A milder finding of a rule (an anon key under MCPG101) carries its own default; configuration still wins.
        var configured = (_configs is null ? null : FromConfiguration(rule, filePath))
            ?? (defaultSeverity != rule.DefaultSeverity ? AnalysisModes.Apply(_options.Mode, defaultSeverity) : null);
        leftToCompiler = configured is null;
        var severity = configured ?? AnalysisModes.Apply(_options.Mode, rule.DefaultSeverity);
        return severity == RuleSeverity.None || severity < _options.MinimumLevel ? RuleSeverity.None : severity;
    }

    /// <summary>The severity configured for the file in <c>.editorconfig</c>/<c>.globalconfig</c>, or <c>null</c> when none is.</summary>
    public RuleSeverity? FromConfiguration(RuleDescriptor rule, string filePath)
    {
        if (_configs is null)
        {
            return null;
        }

        // As in the compiler, an entry for the rule's id wins over category-wide and all-rules entries.
        var forFile = _configs.For(filePath);
        if (forFile.TryGetSeverity(rule.Id, out var severity) || _configs.Global.TryGetSeverity(rule.Id, out severity)
            || forFile.TryGetBulkSeverity(rule, out severity) || _configs.Global.TryGetBulkSeverity(rule, out severity))
        {
            return severity;
        }

        return null;
    }

    public static bool TryParse(string? value, out RuleSeverity severity)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case "none":
                severity = RuleSeverity.None;
                return true;
            case "silent":
            case "hidden":
                severity = RuleSeverity.Hidden;
                return true;
            case "suggestion":
            case "info":
                severity = RuleSeverity.Info;
                return true;
            case "warning":
                severity = RuleSeverity.Warning;
                return true;
            case "error":
                severity = RuleSeverity.Error;
                return true;
            default:
                severity = RuleSeverity.None;
                return false;
        }
    }
}
