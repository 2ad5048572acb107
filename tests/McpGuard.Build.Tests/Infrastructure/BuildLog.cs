using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace McpGuard.Build.Tests.Infrastructure;

/// <summary>
/// The diagnostics of a console build log (<c>-tl:off</c>). MSBuild prints every warning and error twice: once where it
/// happens, and again in the summary after "Build succeeded." / "Build FAILED.". <see cref="Diagnostics"/> holds only
/// the first copy (the log proper), so "appears exactly once" means once in the build, not once in the text.
/// </summary>
internal sealed partial class BuildLog
{
    private BuildLog(IReadOnlyList<BuildDiagnostic> diagnostics, IReadOnlyList<BuildDiagnostic> summaryDiagnostics, bool hasSummary)
    {
        Diagnostics = diagnostics;
        SummaryDiagnostics = summaryDiagnostics;
        HasSummary = hasSummary;
    }

    /// <summary>Warnings and errors as the build logged them, in order, before the closing summary.</summary>
    public IReadOnlyList<BuildDiagnostic> Diagnostics { get; }

    /// <summary>The repeated copies in the closing summary.</summary>
    public IReadOnlyList<BuildDiagnostic> SummaryDiagnostics { get; }

    /// <summary>Whether the log reached "Build succeeded." or "Build FAILED." (a crash or a timeout does not).</summary>
    public bool HasSummary { get; }

    public static BuildLog Parse(string output)
    {
        var lines = output.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var summaryStart = -1;
        for (var i = lines.Length - 1; i >= 0; i--)
        {
            var trimmed = lines[i].Trim();
            if (trimmed is "Build succeeded." or "Build FAILED.")
            {
                summaryStart = i;
                break;
            }
        }

        var diagnostics = new List<BuildDiagnostic>();
        var summary = new List<BuildDiagnostic>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (i == summaryStart)
            {
                continue;
            }

            if (TryParseLine(lines[i], out var diagnostic))
            {
                (summaryStart >= 0 && i > summaryStart ? summary : diagnostics).Add(diagnostic);
            }
        }

        return new BuildLog(diagnostics, summary, summaryStart >= 0);
    }

    /// <summary>Parses one line; an optional node prefix (<c>1:7&gt;</c>, printed with <c>-m</c>) is skipped.</summary>
    public static bool TryParseLine(string line, out BuildDiagnostic diagnostic)
    {
        var text = line.TrimEnd();
        var match = LocatedPattern().Match(text);
        if (!match.Success)
        {
            match = UnlocatedPattern().Match(text);
        }

        if (!match.Success)
        {
            diagnostic = null!;
            return false;
        }

        var lineNumber = Number(match, "line");
        var column = Number(match, "col");
        diagnostic = new BuildDiagnostic(
            match.Groups["file"].Value.Trim(),
            lineNumber,
            column,
            match.Groups["endLine"].Success ? Number(match, "endLine") : lineNumber,
            match.Groups["endCol"].Success ? Number(match, "endCol") : column,
            match.Groups["sev"].Value,
            match.Groups["code"].Value,
            match.Groups["msg"].Value,
            match.Groups["proj"].Value,
            text);
        return true;
    }

    private static int Number(Match match, string group) =>
        match.Groups[group].Success ? int.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture) : 0;

    // file(line,col[,endLine,endCol]): [subcategory ]warning|error CODE: message [project]
    [GeneratedRegex(@"^\s*(?:\d+(?::\d+)?>)?(?<file>[^\s>].*?)\((?<line>\d+),(?<col>\d+)(?:,(?<endLine>\d+),(?<endCol>\d+))?\): (?:(?<sub>[^:]+?) )?(?<sev>warning|error) (?<code>[A-Za-z]+\d+): (?<msg>.*?)(?: \[(?<proj>[^\]]+)\])?$", RegexOptions.CultureInvariant)]
    private static partial Regex LocatedPattern();

    // origin : [subcategory ]warning|error CODE: message [project]   (MSBUILD : error MSB1009, /x/a.csproj : error NU1101)
    [GeneratedRegex(@"^\s*(?:\d+(?::\d+)?>)?(?<file>[^\s>].*?) : (?:(?<sub>[^:]+?) )?(?<sev>warning|error) (?<code>[A-Za-z]+\d+): (?<msg>.*?)(?: \[(?<proj>[^\]]+)\])?$", RegexOptions.CultureInvariant)]
    private static partial Regex UnlocatedPattern();
}
