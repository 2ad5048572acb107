using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using McpGuard.Rules;
using McpGuard.Scanning;
using McpGuard.Suppression;

namespace McpGuard.Reporting;

/// <summary>
/// A scan as a SARIF 2.1.0 log: every rule's metadata, every finding at its resolved severity with its exact region,
/// suppressed and baselined findings with <c>suppressions[].justification</c>. Messages are the redacted ones the build
/// prints; no snippet or value of a configuration file is written. The output is deterministic (no time stamps), so an
/// unchanged build rewrites nothing.
/// </summary>
public static class SarifLog
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string RootBaseId = "%SRCROOT%";
    public const string FingerprintName = "mcpguardFinding/v1";
    private const string InformationUri = "https://github.com/mcpguard/McpGuard.Build";

    public static string ToJson(ScanResult result, string? repositoryRoot, bool baselineInUse)
    {
        var rules = RuleCatalog.Descriptors;
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Count; i++)
        {
            ruleIndex[rules[i].Id] = i;
        }

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, rules);
            if (!string.IsNullOrEmpty(repositoryRoot))
            {
                json.WriteStartObject("originalUriBaseIds");
                json.WriteStartObject(RootBaseId);
                json.WriteString("uri", new Uri(RepositoryPaths.WithSeparator(Path.GetFullPath(repositoryRoot))).AbsoluteUri);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteStartArray("invocations");
            json.WriteStartObject();
            json.WriteBoolean("executionSuccessful", true);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var finding in result.Findings)
            {
                WriteResult(json, finding, ruleIndex, repositoryRoot, baselineInUse);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    /// <summary>Writes the log unless the file already holds exactly this text; <c>true</c> when it wrote.</summary>
    public static bool WriteFile(string path, string text)
    {
        var fullPath = Path.GetFullPath(path);
        if (File.Exists(fullPath) && File.ReadAllText(fullPath, Encoding.UTF8) == text)
        {
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        var temporary = fullPath + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(temporary, text, new UTF8Encoding(false));
        if (File.Exists(fullPath))
        {
            File.Delete(fullPath);
        }

        File.Move(temporary, fullPath);
        return true;
    }

    /// <summary>SARIF's level for a resolved severity: <c>error</c>, <c>warning</c>, <c>note</c> (suggestion) or <c>none</c> (silent).</summary>
    public static string ToLevel(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        RuleSeverity.Info => "note",
        _ => "none",
    };

    /// <summary>The rule's name in SARIF: its <see cref="RuleIds"/> constant (<c>KnownCredentialFormat</c>).</summary>
    public static string GetRuleName(string id)
    {
        foreach (var field in typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (field.IsLiteral && field.FieldType == typeof(string) && (string?)field.GetRawConstantValue() == id)
            {
                return field.Name;
            }
        }

        return id;
    }

    private static void WriteTool(Utf8JsonWriter json, IReadOnlyList<RuleDescriptor> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "McpGuard.Build");
        json.WriteString("version", ToolVersion());
        json.WriteString("informationUri", InformationUri);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", GetRuleName(rule.Id));
            WriteMessage(json, "shortDescription", rule.Title);
            WriteMessage(json, "fullDescription", rule.Description);
            json.WriteString("helpUri", rule.HelpUri);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", ToLevel(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", rule.Category);
            if (SecuritySeverity(rule) is { } securitySeverity)
            {
                // GitHub code scanning files rules tagged "security" with a security-severity as security alerts,
                // graded critical (9+), high (7+), medium (4+) or low.
                json.WriteStartArray("tags");
                json.WriteStringValue("security");
                json.WriteStringValue(rule.Category);
                json.WriteEndArray();
                json.WriteString("security-severity", securitySeverity);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A rule's default severity as a CVSS-like score; <c>null</c> for the rules about McpGuard's own input (MCPG0xx).</summary>
    private static string? SecuritySeverity(RuleDescriptor rule) => rule.Category == RuleCategories.Configuration ? null : rule.DefaultSeverity switch
    {
        RuleSeverity.Error => "8.0",
        RuleSeverity.Warning => "5.0",
        RuleSeverity.Info => "2.0",
        _ => null,
    };

    private static void WriteResult(Utf8JsonWriter json, ReportedFinding finding, Dictionary<string, int> ruleIndex, string? root, bool baselineInUse)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        if (ruleIndex.TryGetValue(finding.RuleId, out var index))
        {
            json.WriteNumber("ruleIndex", index);
        }

        json.WriteString("level", ToLevel(finding.Severity));
        WriteMessage(json, "message", finding.Message);
        WriteLocation(json, finding, root);
        var fileFinding = !Baseline.IsAboutTheBuild(finding);
        if (fileFinding)
        {
            json.WriteStartObject("partialFingerprints");
            json.WriteString(FingerprintName, Fingerprint(finding, root));
            json.WriteEndObject();
        }

        if (finding.Suppression != SuppressionKind.None)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "external");
            json.WriteString("status", "accepted");
            if (finding.Justification is not null)
            {
                json.WriteString("justification", finding.Justification);
            }

            json.WriteEndObject();
            json.WriteEndArray();
        }

        if (baselineInUse && fileFinding)
        {
            json.WriteString("baselineState", finding.Suppression == SuppressionKind.Baseline ? "unchanged" : "new");
        }

        json.WriteStartObject("properties");
        json.WriteString("severity", Severity.AnalysisModes.ToConfigWord(finding.Severity));
        if (finding.Server is not null)
        {
            json.WriteString("server", finding.Server);
        }

        if (finding.JsonPath.Length > 0)
        {
            json.WriteString("jsonPath", finding.JsonPath);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, ReportedFinding finding, string? root)
    {
        if (finding.Path.Length == 0)
        {
            return;
        }

        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        var relative = RepositoryPaths.ToRelative(root, finding.Path);
        if (!string.IsNullOrEmpty(root) && !Path.IsPathRooted(relative))
        {
            json.WriteString("uri", EscapeRelative(relative));
            json.WriteString("uriBaseId", RootBaseId);
        }
        else
        {
            json.WriteString("uri", new Uri(Path.GetFullPath(finding.Path)).AbsoluteUri);
        }

        json.WriteEndObject();
        if (finding.Line > 0)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", finding.Line);
            json.WriteNumber("startColumn", Math.Max(1, finding.Column));
            json.WriteNumber("endLine", Math.Max(finding.Line, finding.EndLine));
            json.WriteNumber("endColumn", Math.Max(1, finding.EndColumn));
            json.WriteEndObject();
        }

        json.WriteEndObject();
        if (finding.JsonPath.Length > 0)
        {
            json.WriteStartArray("logicalLocations");
            json.WriteStartObject();
            json.WriteString("fullyQualifiedName", finding.JsonPath);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteMessage(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    /// <summary>Stable across edits elsewhere in the file: rule, file and JSON path, hashed (never a value).</summary>
    internal static string Fingerprint(ReportedFinding finding, string? root)
    {
        using var sha = SHA256.Create();
        var key = finding.RuleId + "|" + RepositoryPaths.ToRelative(root, finding.Path) + "|" + finding.JsonPath;
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(key));
        return BitConverter.ToString(hash, 0, 16).Replace("-", string.Empty).ToLowerInvariant();
    }

    private static string EscapeRelative(string relative)
    {
        var segments = relative.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            segments[i] = Uri.EscapeDataString(segments[i]);
        }

        return string.Join("/", segments);
    }

    private static string ToolVersion()
    {
        var assembly = typeof(SarifLog).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        return string.IsNullOrEmpty(informational) ? assembly.GetName().Version?.ToString() ?? "0.0.0" : informational!;
    }
}
