using System;
using System.Collections.Generic;
using McpGuard.Rules;
using McpGuard.Scanning;

namespace McpGuard.Suppression;

/// <summary>
/// Suppression items and the baseline, applied to the findings of one file at a time: what the analyzer (IDE) needs,
/// with the task's matching rules. Thread-safe: every call keeps its own state.
/// </summary>
public sealed class SuppressionFilter
{
    private readonly string? _repositoryRoot;
    private readonly IReadOnlyList<SuppressionEntry> _entries;
    private readonly Baseline? _baseline;

    public SuppressionFilter(string? repositoryRoot, IReadOnlyList<SuppressionEntry> entries, Baseline? baseline)
    {
        _repositoryRoot = string.IsNullOrEmpty(repositoryRoot) ? null : repositoryRoot;
        _entries = entries;
        _baseline = baseline;
    }

    public bool IsEmpty => _entries.Count == 0 && (_baseline is null || _baseline.Entries.Count == 0);

    /// <summary>The findings of one file that neither an item nor the baseline accepts, in order.</summary>
    public IReadOnlyList<Finding> Apply(IReadOnlyList<Finding> findings)
    {
        if (IsEmpty || findings.Count == 0)
        {
            return findings;
        }

        var pending = new List<BaselineEntry>(_baseline?.Entries ?? Array.Empty<BaselineEntry>());
        var kept = new List<Finding>(findings.Count);
        foreach (var finding in findings)
        {
            var reported = ReportedFinding.From(finding, RuleSeverity.None);
            if (Matches(reported))
            {
                continue;
            }

            var index = pending.IndexOf(Baseline.EntryFor(reported, _repositoryRoot));
            if (index >= 0)
            {
                pending.RemoveAt(index);
                continue;
            }

            kept.Add(finding);
        }

        return kept;
    }

    private bool Matches(ReportedFinding finding)
    {
        foreach (var entry in _entries)
        {
            if (entry.Matches(finding, _repositoryRoot))
            {
                return true;
            }
        }

        return false;
    }
}
