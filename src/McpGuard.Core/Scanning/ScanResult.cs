using System;
using System.Collections.Generic;
using McpGuard.Model;
using McpGuard.Rules;
using McpGuard.Suppression;

namespace McpGuard.Scanning;

/// <summary>
/// Everything one scan found, at effective severity (findings resolved to <c>none</c> or below <c>McpGuardLevel</c> are gone),
/// and the documents they were found in (for the inventory). Suppressed and baselined findings are kept, marked, so SARIF
/// lists them with their justification and the inventory can list what the baseline accepted.
/// </summary>
public sealed class ScanResult
{
    public ScanResult(IReadOnlyList<McpDocument> documents, IReadOnlyList<ReportedFinding> findings, string? baselineProblem = null)
    {
        Documents = documents;
        Findings = findings;
        BaselineProblem = baselineProblem;
        var reported = new List<ReportedFinding>();
        var suppressed = new List<ReportedFinding>();
        var baselined = new List<ReportedFinding>();
        foreach (var finding in findings)
        {
            (finding.Suppression switch
            {
                SuppressionKind.Item => suppressed,
                SuppressionKind.Baseline => baselined,
                _ => reported,
            }).Add(finding);
        }

        Reported = reported;
        Suppressed = suppressed;
        Baselined = baselined;
    }

    /// <summary>The documents read (none when the result was replayed from the cache).</summary>
    public IReadOnlyList<McpDocument> Documents { get; }

    /// <summary>Every finding in report order: file findings by path and position, then MCPG010/MCPG011 about the settings.</summary>
    public IReadOnlyList<ReportedFinding> Findings { get; }

    /// <summary>What the build logs.</summary>
    public IReadOnlyList<ReportedFinding> Reported { get; }

    /// <summary>Accepted by a <c>McpGuardSuppress</c> item.</summary>
    public IReadOnlyList<ReportedFinding> Suppressed { get; }

    /// <summary>Accepted by the baseline: known findings of an adopted repository, for the inventory and SARIF.</summary>
    public IReadOnlyList<ReportedFinding> Baselined { get; }

    /// <summary>The reported findings located in the file at <paramref name="path"/>, with the finding each was made from (what the analyzer reports on that file).</summary>
    public IEnumerable<(ReportedFinding Reported, Finding Source)> ReportedIn(string path)
    {
        foreach (var finding in Reported)
        {
            if (finding.Source is { } source && string.Equals(source.Span.Path, path, StringComparison.Ordinal))
            {
                yield return (finding, source);
            }
        }
    }

    /// <summary>Why the baseline file could not be used (then nothing was baselined), or <c>null</c>.</summary>
    public string? BaselineProblem { get; }

    internal static ScanResult Replayed(IReadOnlyList<ReportedFinding> findings) => new(Array.Empty<McpDocument>(), findings);
}
