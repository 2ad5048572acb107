using System;
using System.Globalization;
using System.Text;
using McpGuard.Reporting;
using McpGuard.Rules;
using McpGuard.Suppression;

namespace McpGuard.Scanning;

/// <summary>A finding at its effective severity, in host-neutral form (1-based positions), as logged and as cached.</summary>
public sealed class ReportedFinding
{
    public ReportedFinding(
        string ruleId,
        RuleSeverity severity,
        string path,
        int line,
        int column,
        int endLine,
        int endColumn,
        string message,
        string? jsonPath = null,
        string? server = null,
        SuppressionKind suppression = SuppressionKind.None,
        string? justification = null)
    {
        // Escaped already when they come from a Finding; again here for any other source (cache, hosts).
        JsonPath = InertText.Escape(jsonPath ?? string.Empty);
        Server = string.IsNullOrEmpty(server) ? null : InertText.Escape(server!);
        Suppression = suppression;
        Justification = string.IsNullOrEmpty(justification) ? null : InertText.Escape(justification!);
        RuleId = ruleId;
        Severity = severity;
        Path = path;
        Line = line;
        Column = column;
        EndLine = endLine;
        EndColumn = endColumn;
        Message = InertText.Escape(message);
    }

    public string RuleId { get; }

    public RuleSeverity Severity { get; }

    public string Path { get; }

    public int Line { get; }

    public int Column { get; }

    public int EndLine { get; }

    public int EndColumn { get; }

    public string Message { get; }

    /// <summary>The JSON path of the reported node; empty for findings about a whole file or about the build.</summary>
    public string JsonPath { get; }

    /// <summary>The server the finding belongs to, or <c>null</c>.</summary>
    public string? Server { get; }

    /// <summary>Whether a suppression item or the baseline accepted it; suppressed findings are not logged but stay in SARIF.</summary>
    public SuppressionKind Suppression { get; }

    /// <summary>Why it is suppressed: the item's <c>Justification</c>, or the baseline's standard reason.</summary>
    public string? Justification { get; }

    /// <summary>Logged as a warning, error or message (neither suppressed nor baselined).</summary>
    public bool IsReported => Suppression == SuppressionKind.None;

    public string HelpUri => RuleIds.GetHelpUri(RuleId);

    /// <summary>The engine's finding (offsets, related span); <c>null</c> when replayed from the cache.</summary>
    public Finding? Source { get; private set; }

    /// <summary>
    /// With <see cref="ScanRequest.CompilerAppliesOptions"/>: no <c>.editorconfig</c> entry set <see cref="Severity"/>, so the
    /// host reports at the rule's default and the compiler applies NoWarn, WarningsAsErrors and <c>.globalconfig</c>.
    /// </summary>
    public bool SeverityLeftToHost { get; private set; }

    internal ReportedFinding WithSource(Finding source, bool severityLeftToHost)
    {
        Source = source;
        SeverityLeftToHost = severityLeftToHost;
        return this;
    }

    public ReportedFinding WithSuppression(SuppressionKind suppression, string? justification) =>
        new(RuleId, Severity, Path, Line, Column, EndLine, EndColumn, Message, JsonPath, Server, suppression, justification);

    public static ReportedFinding From(Finding finding, RuleSeverity severity) => new ReportedFinding(
        finding.RuleId,
        severity,
        finding.Span.Path,
        finding.Span.Start.Line + 1,
        finding.Span.Start.Column + 1,
        finding.Span.End.Line + 1,
        finding.Span.End.Column + 1,
        finding.Message,
        finding.JsonPath,
        finding.Server).WithSource(finding, severityLeftToHost: false);

    public override string ToString() =>
        $"{Path}({Line},{Column}): {Severity.ToString().ToLowerInvariant()} {RuleId}: {Message}";

    /// <summary>One line of the cache file: tab-separated, with tabs, newlines and backslashes escaped.</summary>
    internal string Serialize() => string.Join(
        "\t",
        RuleId,
        ((int)Severity).ToString(CultureInfo.InvariantCulture),
        Escape(Path),
        Line.ToString(CultureInfo.InvariantCulture),
        Column.ToString(CultureInfo.InvariantCulture),
        EndLine.ToString(CultureInfo.InvariantCulture),
        EndColumn.ToString(CultureInfo.InvariantCulture),
        Escape(Message),
        Escape(JsonPath),
        Escape(Server ?? string.Empty),
        ((int)Suppression).ToString(CultureInfo.InvariantCulture),
        Escape(Justification ?? string.Empty));

    internal static ReportedFinding? Deserialize(string line)
    {
        var fields = line.Split('\t');
        if (fields.Length != 12
            || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var severity)
            || !int.TryParse(fields[3], NumberStyles.None, CultureInfo.InvariantCulture, out var startLine)
            || !int.TryParse(fields[4], NumberStyles.None, CultureInfo.InvariantCulture, out var startColumn)
            || !int.TryParse(fields[5], NumberStyles.None, CultureInfo.InvariantCulture, out var endLine)
            || !int.TryParse(fields[6], NumberStyles.None, CultureInfo.InvariantCulture, out var endColumn)
            || !int.TryParse(fields[10], NumberStyles.None, CultureInfo.InvariantCulture, out var suppression)
            || !Enum.IsDefined(typeof(RuleSeverity), severity)
            || !Enum.IsDefined(typeof(SuppressionKind), suppression))
        {
            return null;
        }

        return new ReportedFinding(
            fields[0],
            (RuleSeverity)severity,
            Unescape(fields[2]),
            startLine,
            startColumn,
            endLine,
            endColumn,
            Unescape(fields[7]),
            Unescape(fields[8]),
            Unescape(fields[9]),
            (SuppressionKind)suppression,
            Unescape(fields[11]));
    }

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\").Replace("\t", "\\t").Replace("\n", "\\n").Replace("\r", "\\r");

    private static string Unescape(string value)
    {
        if (value.IndexOf('\\') < 0)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] != '\\' || i + 1 == value.Length)
            {
                builder.Append(value[i]);
                continue;
            }

            var next = value[++i];
            builder.Append(next switch { 't' => '\t', 'n' => '\n', 'r' => '\r', _ => next });
        }

        return builder.ToString();
    }
}
