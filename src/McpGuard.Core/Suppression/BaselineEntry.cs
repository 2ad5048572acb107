using System;

namespace McpGuard.Suppression;

/// <summary>
/// One accepted finding of the baseline: rule, file (relative to the repository root, with '/') and JSON path. No line,
/// no column and no value, so the entry survives edits elsewhere in the file and never holds a secret.
/// </summary>
public sealed class BaselineEntry : IEquatable<BaselineEntry>
{
    public BaselineEntry(string ruleId, string file, string jsonPath)
    {
        RuleId = ruleId;
        File = file;
        JsonPath = jsonPath;
    }

    public string RuleId { get; }

    public string File { get; }

    public string JsonPath { get; }

    public string Describe() => JsonPath.Length == 0 ? $"'{RuleId}' in '{File}'" : $"'{RuleId}' in '{File}' at '{JsonPath}'";

    public bool Equals(BaselineEntry? other) =>
        other is not null
        && string.Equals(RuleId, other.RuleId, StringComparison.OrdinalIgnoreCase)
        && string.Equals(File, other.File, RepositoryPaths.Comparison)
        && string.Equals(JsonPath, other.JsonPath, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as BaselineEntry);

    public override int GetHashCode() =>
        StringComparer.OrdinalIgnoreCase.GetHashCode(RuleId) ^ (StringComparer.OrdinalIgnoreCase.GetHashCode(File) * 31) ^ (JsonPath.GetHashCode() * 17);

    public override string ToString() => Describe();
}
