using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using McpGuard.Scanning;

namespace McpGuard.Suppression;

/// <summary>
/// <c>mcpguard.baseline.json</c>: the findings a repository had when it adopted McpGuard. With a baseline, only findings
/// it does not list are reported. Written by <c>dotnet build -t:McpGuardBaseline</c>, sorted, one entry per line.
/// </summary>
public sealed class Baseline
{
    public const string DefaultFileName = "mcpguard.baseline.json";

    /// <summary>The justification SARIF gives a baselined finding.</summary>
    public const string Justification = "Accepted in the McpGuard baseline (mcpguard.baseline.json) when McpGuard was adopted.";

    private const int FormatVersion = 1;

    public Baseline(IEnumerable<BaselineEntry> entries)
    {
        var sorted = new List<BaselineEntry>(entries);
        sorted.Sort(Compare);
        Entries = sorted;
    }

    /// <summary>Every entry, in order; an entry may repeat when one node has the same finding twice.</summary>
    public IReadOnlyList<BaselineEntry> Entries { get; }

    public static BaselineEntry EntryFor(ReportedFinding finding, string? repositoryRoot) =>
        new(finding.RuleId, RepositoryPaths.ToRelative(repositoryRoot, finding.Path), finding.JsonPath);

    /// <summary>The baseline of these findings: every one at a reported severity that no suppression item already accepts.</summary>
    public static Baseline From(IEnumerable<ReportedFinding> findings, string? repositoryRoot)
    {
        var entries = new List<BaselineEntry>();
        foreach (var finding in findings)
        {
            if (finding.Suppression != SuppressionKind.Item && !IsAboutTheBuild(finding))
            {
                entries.Add(EntryFor(finding, repositoryRoot));
            }
        }

        return new Baseline(entries);
    }

    /// <summary>Reads a baseline; a file that is not one throws <see cref="InvalidDataException"/> with the reason.</summary>
    public static Baseline Read(string path)
    {
        byte[] content;
        try
        {
            content = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"the file could not be read ({exception.GetType().Name})", exception);
        }

        return Parse(content);
    }

    /// <summary>Parses a baseline's UTF-8 text; anything else throws <see cref="InvalidDataException"/> with the reason.</summary>
    public static Baseline Parse(byte[] utf8)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("version", out var version) || !version.TryGetInt32(out var number) || number != FormatVersion
                || !root.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidDataException($"expected an object with \"version\": {FormatVersion} and a \"findings\" array");
            }

            var entries = new List<BaselineEntry>();
            foreach (var item in findings.EnumerateArray())
            {
                entries.Add(new BaselineEntry(Text(item, "ruleId"), Text(item, "file"), Text(item, "jsonPath", required: false)));
            }

            return new Baseline(entries);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"not valid JSON at line {exception.LineNumber + 1}", exception);
        }
    }

    /// <summary>The file's text: stable, sorted, one finding per line, so a diff shows exactly what was accepted or fixed.</summary>
    public string ToJson()
    {
        var text = new StringBuilder();
        text.Append("{\n");
        text.Append("  \"$comment\": \"McpGuard baseline: findings accepted when McpGuard was adopted; only findings not listed here are reported. Regenerate with: dotnet build -t:McpGuardBaseline\",\n");
        text.Append("  \"version\": ").Append(FormatVersion).Append(",\n");
        text.Append("  \"findings\": [");
        for (var i = 0; i < Entries.Count; i++)
        {
            var entry = Entries[i];
            text.Append(i == 0 ? "\n" : ",\n");
            text.Append("    { \"ruleId\": ").Append(Quote(entry.RuleId))
                .Append(", \"file\": ").Append(Quote(entry.File))
                .Append(", \"jsonPath\": ").Append(Quote(entry.JsonPath)).Append(" }");
        }

        text.Append(Entries.Count == 0 ? "]\n" : "\n  ]\n");
        text.Append("}\n");
        return text.ToString();
    }

    /// <summary>MCPG009–MCPG011 judge the build's settings, not a configuration file: never baselined.</summary>
    internal static bool IsAboutTheBuild(ReportedFinding finding) =>
        finding.RuleId is Rules.RuleIds.InvalidSetting or Rules.RuleIds.SuppressionWithoutJustification or Rules.RuleIds.UnusedSuppression;

    private static string Text(JsonElement item, string name, bool required = true)
    {
        if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
        {
            return value.GetString() ?? string.Empty;
        }

        if (!required)
        {
            return string.Empty;
        }

        throw new InvalidDataException($"every entry of \"findings\" needs a string \"{name}\"");
    }

    private static string Quote(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    text.Append("\\\"");
                    break;
                case '\\':
                    text.Append("\\\\");
                    break;
                default:
                    if (c < ' ')
                    {
                        text.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text.Append('"').ToString();
    }

    private static int Compare(BaselineEntry left, BaselineEntry right)
    {
        var result = string.CompareOrdinal(left.File, right.File);
        if (result == 0)
        {
            result = string.CompareOrdinal(left.JsonPath, right.JsonPath);
        }

        return result != 0 ? result : string.CompareOrdinal(left.RuleId, right.RuleId);
    }
}
