using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace McpGuard.Fuzzer;

/// <summary>The numbers of a run, and its distinct findings.</summary>
public sealed class FuzzReport
{
    public long Inputs { get; set; }

    public long Checks { get; set; }

    public long Findings { get; set; }

    public TimeSpan Elapsed { get; set; }

    public TimeSpan SlowestCheck { get; set; }

    public int SlowestCheckInputSize { get; set; }

    public int LargestInput { get; set; }

    public long ParsedCleanly { get; set; }

    public long Mcpg001 { get; set; }

    /// <summary>The first finding of each signature.</summary>
    public Dictionary<string, FuzzFinding> Distinct { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, long> MutationCounts { get; set; } = new(StringComparer.Ordinal);

    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine($"inputs: {Inputs}, checks: {Checks} ({(double)Checks / Math.Max(1, Inputs):F1} formats each), elapsed: {Elapsed.TotalSeconds:F1} s ({Inputs / Math.Max(0.001, Elapsed.TotalSeconds):F0} inputs/s)");
        text.AppendLine($"checks read cleanly: {ParsedCleanly}, with MCPG001: {Mcpg001}");
        text.AppendLine($"slowest check: {SlowestCheck.TotalMilliseconds:F0} ms on a {SlowestCheckInputSize}-byte input; largest input: {LargestInput} bytes");
        text.AppendLine($"findings: {Findings} ({Distinct.Count} distinct)");
        foreach (var finding in Distinct.Values)
        {
            text.AppendLine($"  {finding.Kind} as {finding.Format}: {finding.Detail} (mutations: {finding.Mutations})");
        }

        text.AppendLine("mutations applied: " + string.Join(", ", MutationCounts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}")));
        return text.ToString();
    }
}
