using System;
using System.Collections.Generic;
using System.Text;
using McpGuard.Scanning;

namespace McpGuard.Suppression;

/// <summary>
/// One <c>McpGuardSuppress</c> item: <c>Include</c> is the rule id; <c>File</c> (relative to the repository root, or absolute),
/// <c>Server</c> and <c>JsonPath</c> narrow it (empty: any); <c>Justification</c> says why. Like <c>NuGetAuditSuppress</c>.
/// </summary>
public sealed class SuppressionEntry
{
    public SuppressionEntry(string ruleId, string? file = null, string? server = null, string? jsonPath = null, string? justification = null, string? definedIn = null)
    {
        RuleId = ruleId.Trim();
        File = Blank(file);
        Server = Blank(server);
        JsonPath = Blank(jsonPath);
        Justification = Blank(justification);
        DefinedIn = Blank(definedIn);
    }

    public string RuleId { get; }

    public string? File { get; }

    public string? Server { get; }

    public string? JsonPath { get; }

    public string? Justification { get; }

    /// <summary>The project or props file that declares the item (MSBuild's <c>DefiningProjectFullPath</c>).</summary>
    public string? DefinedIn { get; }

    public bool Matches(ReportedFinding finding, string? repositoryRoot) =>
        string.Equals(RuleId, finding.RuleId, StringComparison.OrdinalIgnoreCase)
        && (File is null || RepositoryPaths.SameFile(RepositoryPaths.ToFull(repositoryRoot, File), finding.Path))
        && (Server is null || string.Equals(Server, finding.Server, StringComparison.Ordinal))
        && (JsonPath is null || string.Equals(JsonPath, finding.JsonPath, StringComparison.Ordinal));

    /// <summary><c>'MCPG201' (File='.mcp.json', Server='browser')</c>, for messages.</summary>
    public string Describe()
    {
        var text = new StringBuilder().Append('\'').Append(RuleId).Append('\'');
        var parts = new List<string>();
        if (File is not null)
        {
            parts.Add($"File='{File}'");
        }

        if (Server is not null)
        {
            parts.Add($"Server='{Server}'");
        }

        if (JsonPath is not null)
        {
            parts.Add($"JsonPath='{JsonPath}'");
        }

        return parts.Count == 0 ? text.ToString() : text.Append(" (").Append(string.Join(", ", parts)).Append(')').ToString();
    }

    /// <summary>One entry of the list the targets hand to the scan: six URI-escaped fields joined by '&gt;'.</summary>
    public string Serialize() => string.Join(">", Escape(RuleId), Escape(File), Escape(Server), Escape(JsonPath), Escape(Justification), Escape(DefinedIn));

    /// <summary>Reads the list built by the targets: entries separated by '|', fields URI-escaped (so any text survives).</summary>
    public static IReadOnlyList<SuppressionEntry> ParseList(string? list)
    {
        var entries = new List<SuppressionEntry>();
        foreach (var entry in (list ?? string.Empty).Split(new[] { '|' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = entry.Split('>');
            var id = Field(fields, 0);
            if (id is null)
            {
                continue;
            }

            entries.Add(new SuppressionEntry(id, Field(fields, 1), Field(fields, 2), Field(fields, 3), Field(fields, 4), Field(fields, 5)));
        }

        return entries;
    }

    public override string ToString() => Serialize();

    private static string? Field(string[] fields, int index) =>
        index < fields.Length ? Blank(Uri.UnescapeDataString(fields[index])) : null;

    private static string Escape(string? value) => value is null ? string.Empty : Uri.EscapeDataString(value);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
}
