using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using McpGuard.Rules;
using McpGuard.Scanning;
using McpGuard.Suppression;

namespace McpGuard.Reporting;

/// <summary>
/// GitLab's code quality report (a subset of the CodeClimate issue format): one issue per reported finding, which
/// GitLab shows in merge requests. A finding maps field by field: the message is the <c>description</c>, the rule id
/// the <c>check_name</c>, the SARIF fingerprint (rule, file, JSON path) the <c>fingerprint</c>, the path relative to the
/// repository root and the lines the <c>location</c>. Suppressed and baselined findings are left out: the format has no
/// suppression state, and GitLab would show them as open issues.
/// </summary>
public static class CodeQualityReport
{
    public static string ToJson(ScanResult result, string? repositoryRoot)
    {
        var occurrences = new Dictionary<string, int>(System.StringComparer.Ordinal);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var finding in result.Reported)
            {
                var fingerprint = SarifLog.Fingerprint(finding, repositoryRoot);

                // GitLab treats equal fingerprints as one issue; a second identical finding at the same node is another.
                occurrences[fingerprint] = occurrences.TryGetValue(fingerprint, out var seen) ? seen + 1 : 0;
                json.WriteStartObject();
                json.WriteString("type", "issue");
                json.WriteString("check_name", finding.RuleId);
                json.WriteString("description", finding.Message);
                json.WriteStartArray("categories");
                json.WriteStringValue("Security");
                json.WriteEndArray();
                json.WriteString("severity", ToSeverity(finding.Severity));
                json.WriteString("fingerprint", occurrences[fingerprint] == 0 ? fingerprint : Rehash(fingerprint, occurrences[fingerprint]));
                json.WriteStartObject("location");
                json.WriteString("path", RepositoryPaths.ToRelative(repositoryRoot, finding.Path));
                json.WriteStartObject("lines");
                json.WriteNumber("begin", System.Math.Max(1, finding.Line));
                json.WriteNumber("end", System.Math.Max(System.Math.Max(1, finding.Line), finding.EndLine));
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    /// <summary>GitLab's severities: <c>info</c>, <c>minor</c>, <c>major</c>, <c>critical</c>, <c>blocker</c>.</summary>
    public static string ToSeverity(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "critical",
        RuleSeverity.Warning => "major",
        _ => "info",
    };

    private static string Rehash(string fingerprint, int occurrence)
    {
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(fingerprint + "#" + occurrence.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return System.BitConverter.ToString(hash, 0, 16).Replace("-", string.Empty).ToLowerInvariant();
    }
}
