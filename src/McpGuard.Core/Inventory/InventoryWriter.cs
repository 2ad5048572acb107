using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using McpGuard.Reporting;

namespace McpGuard.Inventory;

/// <summary>Writes the inventory as JSON (for tools) and Markdown (for reviewers). Values are never written, only names.</summary>
public static class InventoryWriter
{
    /// <summary>Punctuation that starts emphasis, code, a link, a table cell, math or an autolink in Markdown (CommonMark and GitHub's extensions); backslash-escaped in cells.</summary>
    private const string MarkdownActive = "\\`*_[]|~$:@";

    public static string ToJson(IReadOnlyList<InventoryEntry> entries)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", 1);
            writer.WriteStartArray("servers");
            foreach (var entry in entries)
            {
                writer.WriteStartObject();
                writer.WriteString("server", entry.Server);
                writer.WriteString("file", entry.File);
                writer.WriteNumber("line", entry.Line);
                writer.WriteString("client", entry.Client);
                writer.WriteString("scope", entry.Scope);
                writer.WriteString("transport", entry.Transport);
                WriteOptional(writer, "launcher", entry.Launcher);
                WriteOptional(writer, "ecosystem", entry.Ecosystem);
                WriteOptional(writer, "package", entry.Package);
                WriteOptional(writer, "version", entry.Version);
                if (entry.Pinned is { } pinned)
                {
                    writer.WriteBoolean("pinned", pinned);
                }

                WriteOptional(writer, "source", entry.Source);

                WriteOptional(writer, "host", entry.Host);
                WriteStrings(writer, "environmentVariables", entry.EnvironmentVariables);
                WriteStrings(writer, "capabilities", entry.Capabilities);
                if (entry.ReadOnly is { } readOnly)
                {
                    writer.WriteBoolean("readOnly", readOnly);
                }

                WriteFindings(writer, "findings", entry.Findings);
                if (entry.BaselinedFindings.Count > 0)
                {
                    WriteFindings(writer, "baselinedFindings", entry.BaselinedFindings);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        // Names are not secrets, but a token pasted as a server name or package argument must still not be published.
        return Redaction.ScrubCredentials(Encoding.UTF8.GetString(stream.ToArray())) + "\n";
    }

    public static string ToMarkdown(IReadOnlyList<InventoryEntry> entries)
    {
        var text = new StringBuilder();
        text.Append("# MCP server inventory\n\n");
        text.Append("Every server the repository's MCP configuration files define. Review each: what it runs, what it can reach, who approved it.\n\n");
        text.Append("| Server | File | Client | Scope | Transport | Runs | Capabilities | Env vars | Findings |\n");
        text.Append("|---|---|---|---|---|---|---|---|---|\n");
        foreach (var entry in entries)
        {
            var runs = entry.Package is not null
                ? $"{entry.Launcher} {entry.Package}{(entry.Version is null ? string.Empty : " " + entry.Version)}{(entry.Pinned == true ? string.Empty : " (not pinned)")}"
                : entry.Host ?? entry.Launcher ?? string.Empty;
            var findings = new List<string>();
            foreach (var finding in entry.Findings)
            {
                findings.Add($"{finding.Key} (line {string.Join(", ", finding.Value)})");
            }

            foreach (var finding in entry.BaselinedFindings)
            {
                findings.Add($"{finding.Key} (line {string.Join(", ", finding.Value)}, baselined)");
            }

            text.Append($"| {Cell(entry.Server)} | {Cell(entry.File)}:{entry.Line} | {Cell(entry.Client)} | {Cell(entry.Scope)} | {Cell(entry.Transport)} | {Cell(runs)} | {Cell(string.Join(", ", entry.Capabilities))}{(entry.ReadOnly == true ? " (read-only)" : string.Empty)} | {Cell(string.Join(", ", entry.EnvironmentVariables))} | {Cell(string.Join("; ", findings))} |\n");
        }

        return Redaction.ScrubCredentials(text.ToString());
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, List<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    /// <summary>
    /// A table cell that renders as the text it holds: credentials masked first (escaping would split them), then
    /// controls and invisible characters made visible, then every character Markdown or HTML would act on escaped, so
    /// that a name like <c>[click](https://evil.example) &lt;img onerror=…&gt;</c> is neither a link nor markup.
    /// </summary>
    internal static string Cell(string value)
    {
        var text = InertText.Escape(Redaction.ScrubCredentials(value));
        var cell = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '<' or '>' or '&')
            {
                cell.Append(c == '<' ? "&lt;" : c == '>' ? "&gt;" : "&amp;");
            }
            else
            {
                cell.Append(IsMarkdownActive(text, i) ? "\\" : string.Empty).Append(c);
            }
        }

        return cell.ToString();
    }

    private static bool IsMarkdownActive(string text, int index) => text[index] switch
    {
        // Inside a word (GITHUB_TOKEN) an underscore never starts emphasis: kept plain for whoever reads the raw file.
        '_' => !(IsLetterOrDigit(text, index - 1) && IsLetterOrDigit(text, index + 1)),

        // Only "name@domain" is an email autolink; "@scope/package" is text.
        '@' => index > 0 && (IsLetterOrDigit(text, index - 1) || text[index - 1] is '.' or '-' or '+' or '_'),

        // "www." starts an extended autolink on GitHub ("://" is broken by escaping the colon).
        '.' => index >= 3 && string.Compare(text, index - 3, "www", 0, 3, StringComparison.OrdinalIgnoreCase) == 0,
        _ => MarkdownActive.IndexOf(text[index]) >= 0,
    };

    private static bool IsLetterOrDigit(string text, int index) => index >= 0 && index < text.Length && char.IsLetterOrDigit(text[index]);

    private static void WriteFindings(Utf8JsonWriter writer, string name, SortedDictionary<string, List<int>> findings)
    {
        writer.WriteStartObject(name);
        foreach (var finding in findings)
        {
            writer.WriteStartArray(finding.Key);
            foreach (var line in finding.Value)
            {
                writer.WriteNumberValue(line);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
