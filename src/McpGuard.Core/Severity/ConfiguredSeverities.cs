using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using McpGuard.Rules;
using Microsoft.CodeAnalysis;

namespace McpGuard.Severity;

/// <summary>
/// What the <c>.editorconfig</c> and <c>.globalconfig</c> files say about McpGuard's rules: for each file path, and for
/// the global configs' global section, the severities set for McpGuard ids and the category-wide and all-rules entries.
/// Answered by the compiler's own <see cref="AnalyzerConfigSet"/>, or read back from a table the build cached
/// (<see cref="SeverityTableCache"/>) so that a re-check whose severity files did not change never loads Roslyn.
/// </summary>
internal sealed class ConfiguredSeverities
{
    private const string GlobalMarker = "g";
    private const string PathMarker = "p ";
    private const string IdMarker = "t ";
    private const string BulkMarker = "b ";
    private const string BulkPrefix = "dotnet_analyzer_diagnostic.";

    private readonly Dictionary<string, PathSeverities> _byPath = new(StringComparer.Ordinal);
    private readonly Func<string, PathSeverities> _compute;

    private ConfiguredSeverities(PathSeverities global, Func<string, PathSeverities> compute)
    {
        Global = global;
        _compute = compute;
    }

    /// <summary>The global configs' global section.</summary>
    public PathSeverities Global { get; }

    /// <summary>The entries that apply to <paramref name="path"/>: its <c>.editorconfig</c> sections and the global configs' sections for it.</summary>
    public PathSeverities For(string path)
    {
        if (!_byPath.TryGetValue(path, out var severities))
        {
            severities = _compute(path);
            _byPath[path] = severities;
        }

        return severities;
    }

    /// <summary>Roslyn's answers for these files (path, text); its assembly is loaded here, not before.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static ConfiguredSeverities Parse(IReadOnlyList<KeyValuePair<string, string>> files) => RoslynAnswers.Parse(files);

    /// <summary>Lines for <see cref="SeverityTableCache"/>: <paramref name="header"/>, the global section, then each path asked so far.</summary>
    public List<string>? ToLines(string header)
    {
        var lines = new List<string> { header, GlobalMarker };
        Global.AppendTo(lines);
        foreach (var entry in _byPath)
        {
            lines.Add(PathMarker + entry.Key);
            entry.Value.AppendTo(lines);
        }

        foreach (var line in lines)
        {
            if (line.IndexOf('\n') >= 0 || line.IndexOf('\r') >= 0)
            {
                return null;
            }
        }

        return lines;
    }

    /// <summary>
    /// The table <see cref="ToLines"/> wrote, or <c>null</c> (another header, a damaged line); a path it does not hold
    /// is answered by <paramref name="fallback"/>.
    /// </summary>
    public static ConfiguredSeverities? FromLines(IReadOnlyList<string> lines, string header, Func<string, PathSeverities> fallback)
    {
        if (lines.Count < 2 || lines[0] != header || lines[1] != GlobalMarker)
        {
            return null;
        }

        var global = new PathSeverities();
        var table = new ConfiguredSeverities(global, fallback);
        var current = global;
        for (var i = 2; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.StartsWith(PathMarker, StringComparison.Ordinal))
            {
                current = new PathSeverities();
                table._byPath[line.Substring(PathMarker.Length)] = current;
            }
            else if (!current.TryRead(line))
            {
                return null;
            }
        }

        return table;
    }

    /// <summary>The McpGuard entries of one file's options: severities by rule id, and the raw <c>dotnet_analyzer_diagnostic.*</c> values.</summary>
    internal sealed class PathSeverities
    {
        private readonly Dictionary<string, RuleSeverity> _byId = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, string> _bulk = new(StringComparer.OrdinalIgnoreCase);

        public bool TryGetSeverity(string ruleId, out RuleSeverity severity) => _byId.TryGetValue(ruleId, out severity);

        /// <summary><c>dotnet_analyzer_diagnostic.category-Credentials.severity</c>, then <c>dotnet_analyzer_diagnostic.severity</c>.</summary>
        public bool TryGetBulkSeverity(RuleDescriptor rule, out RuleSeverity severity)
        {
            severity = RuleSeverity.None;
            return (_bulk.TryGetValue($"{BulkPrefix}category-{rule.Category}.severity", out var value)
                    || _bulk.TryGetValue(BulkPrefix + "severity", out value))
                && SeverityResolver.TryParse(value, out severity);
        }

        public void AddSeverity(string ruleId, RuleSeverity severity) => _byId[ruleId] = severity;

        public void AddBulk(string key, string value)
        {
            if (key.StartsWith(BulkPrefix, StringComparison.OrdinalIgnoreCase))
            {
                _bulk[key] = value;
            }
        }

        public void AppendTo(List<string> lines)
        {
            foreach (var entry in _byId)
            {
                lines.Add(IdMarker + entry.Key + " " + entry.Value);
            }

            foreach (var entry in _bulk)
            {
                lines.Add(BulkMarker + entry.Key + " " + entry.Value);
            }
        }

        public bool TryRead(string line)
        {
            var separator = line.IndexOf(' ', 2);
            if (line.Length < 3 || separator < 0)
            {
                return false;
            }

            var key = line.Substring(2, separator - 2);
            var value = line.Substring(separator + 1);
            if (line.StartsWith(IdMarker, StringComparison.Ordinal) && Enum.TryParse<RuleSeverity>(value, out var severity) && Enum.IsDefined(typeof(RuleSeverity), severity))
            {
                AddSeverity(key, severity);
                return true;
            }

            if (line.StartsWith(BulkMarker, StringComparison.Ordinal) && key.StartsWith(BulkPrefix, StringComparison.OrdinalIgnoreCase))
            {
                AddBulk(key, value);
                return true;
            }

            return false;
        }
    }

    /// <summary>Roslyn's types stay inside this class, so that no signature the JIT reads names them until files are parsed.</summary>
    private static class RoslynAnswers
    {
        public static ConfiguredSeverities Parse(IReadOnlyList<KeyValuePair<string, string>> files)
        {
            var parsed = new List<AnalyzerConfig>(files.Count);
            foreach (var file in files)
            {
                parsed.Add(AnalyzerConfig.Parse(file.Value, file.Key));
            }

            // Conflicting global configs produce diagnostics here just as they do for the compiler, which reports them itself.
            var set = AnalyzerConfigSet.Create(parsed, out ImmutableArray<Diagnostic> _);
            var global = set.GlobalConfigOptions;
            return new ConfiguredSeverities(
                McpGuardEntries(global.TreeOptions, global.AnalyzerOptions),
                path =>
                {
                    var options = set.GetOptionsForSourcePath(path);
                    return McpGuardEntries(options.TreeOptions, options.AnalyzerOptions);
                });
        }

        private static PathSeverities McpGuardEntries(ImmutableDictionary<string, ReportDiagnostic> treeOptions, ImmutableDictionary<string, string> analyzerOptions)
        {
            var entries = new PathSeverities();
            foreach (var option in treeOptions)
            {
                if (option.Value != ReportDiagnostic.Default && option.Key.StartsWith("MCPG", StringComparison.OrdinalIgnoreCase))
                {
                    entries.AddSeverity(option.Key, Convert(option.Value));
                }
            }

            foreach (var option in analyzerOptions)
            {
                entries.AddBulk(option.Key, option.Value);
            }

            return entries;
        }

        private static RuleSeverity Convert(ReportDiagnostic value) => value switch
        {
            ReportDiagnostic.Suppress => RuleSeverity.None,
            ReportDiagnostic.Hidden => RuleSeverity.Hidden,
            ReportDiagnostic.Info => RuleSeverity.Info,
            ReportDiagnostic.Warn => RuleSeverity.Warning,
            ReportDiagnostic.Error => RuleSeverity.Error,
            _ => throw new ArgumentOutOfRangeException(nameof(value)),
        };
    }
}
