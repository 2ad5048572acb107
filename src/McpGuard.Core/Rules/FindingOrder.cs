namespace McpGuard.Rules;

/// <summary>Deterministic output: by path, line, column, then rule id.</summary>
public static class FindingOrder
{
    public static int Compare(Finding left, Finding right)
    {
        var result = string.CompareOrdinal(left.Span.Path, right.Span.Path);
        if (result == 0)
        {
            result = left.Span.Start.Line.CompareTo(right.Span.Start.Line);
        }

        if (result == 0)
        {
            result = left.Span.Start.Column.CompareTo(right.Span.Start.Column);
        }

        return result != 0 ? result : string.CompareOrdinal(left.RuleId, right.RuleId);
    }
}
