using System;
using System.Collections.Generic;
using System.IO;
using McpGuard.Model;
using McpGuard.Parsing;
using McpGuard.Reporting;
using McpGuard.Rules;
using McpGuard.Rules.Configuration;
using McpGuard.Syntax;
using McpGuard.Text;

namespace McpGuard;

/// <summary>
/// The engine's entry point: one configuration file in, its findings out (at default severity, sorted, redacted).
/// Three phases: parse → validate (duplicates) → rules. A syntax error yields one MCPG001 and skips the rules.
/// </summary>
public static class ConfigChecker
{
    public static IReadOnlyList<Finding> Check(string path, ConfigFormat format, byte[] content, CheckOptions? options = null) =>
        CheckFile(path, format, ConfigText.ToUtf8(content), options).Findings;

    public static IReadOnlyList<Finding> Check(string path, ConfigFormat format, string text, CheckOptions? options = null) =>
        CheckFile(path, format, ConfigText.ToUtf8(text), options).Findings;

    public static IReadOnlyList<Finding> Check(string path, ConfigFormat format, ReadOnlyMemory<byte> utf8, CheckOptions? options = null) =>
        CheckFile(path, format, utf8, options).Findings;

    public static CheckedConfig CheckFile(string path, ConfigFormat format, string text, CheckOptions? options = null) =>
        CheckFile(path, format, ConfigText.ToUtf8(text), options);

    /// <summary>The findings of one file, and its document for the repository rules (<c>null</c> when it cannot be read).</summary>
    public static CheckedConfig CheckFile(string path, ConfigFormat format, ReadOnlyMemory<byte> utf8, CheckOptions? options = null)
    {
        try
        {
            return CheckDocument(path, format, utf8, options ?? CheckOptions.Default);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The engine's own boundary: a defect outside the rules (reading, the model) is one located finding, not a crash.
            return new CheckedConfig(path, null, new List<Finding> { FileProblem(path, format, Failure("the engine", exception)) });
        }
    }

    /// <summary>The repository rules over every readable document, in path order; findings sorted.</summary>
    public static IReadOnlyList<Finding> CheckRepository(IEnumerable<McpDocument> documents, CheckOptions? options = null)
    {
        options ??= CheckOptions.Default;
        var ordered = new List<McpDocument>(documents);
        ordered.Sort((left, right) => string.CompareOrdinal(left.Path, right.Path));
        var findings = new List<Finding>();
        var context = new RepositoryContext(ordered, findings, options.Ignores);
        foreach (var rule in options.Rules)
        {
            try
            {
                rule.AnalyzeRepository(context);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                var path = ordered.Count > 0 ? ordered[0].Path : string.Empty;
                findings.Add(FileProblem(path, ordered.Count > 0 ? ordered[0].Format : ConfigFormat.ClaudeProject, Failure("rule " + rule.SupportedRules[0].Id, exception)));
            }
        }

        return Sort(Scrub(findings, new HashSet<string>(StringComparer.Ordinal)));
    }

    /// <summary>
    /// The reason given when a part of McpGuard throws (<c>rule MCPG101</c>, <c>the engine</c>, <c>the analyzer</c>): what
    /// failed, the exception type (never its message, which may quote the file), and where to report it.
    /// </summary>
    public static string Failure(string component, Exception exception) =>
        $"{component} failed with {exception.GetType().Name}, so findings may be missing. "
        + $"This is a bug in McpGuard; please report it at {RuleIds.IssuesUri}";

    private static CheckedConfig CheckDocument(string path, ConfigFormat format, ReadOnlyMemory<byte> utf8, CheckOptions options)
    {
        var fileName = Path.GetFileName(path);
        var parsed = ConfigReader.Read(path, format, utf8);
        var findings = new List<Finding>();
        var secrets = new HashSet<string>(StringComparer.Ordinal);
        if (parsed.Error is { } error)
        {
            findings.Add(ConfigurationMustParseRule.Create(fileName, Describe(format), error));
            return new CheckedConfig(path, null, Scrub(findings, secrets));
        }

        foreach (var duplicate in parsed.Duplicates)
        {
            findings.Add(KeysMustBeUniqueRule.Create(duplicate));
        }

        if (parsed.Root is not JsonObjectNode root)
        {
            return new CheckedConfig(path, null, Sort(Scrub(findings, secrets)));
        }

        var document = McpDocumentBuilder.Build(path, format, root);
        RunRules(new RuleContext(document, utf8, findings, secrets, options), findings, options.Rules);
        return new CheckedConfig(path, document, Sort(Scrub(findings, secrets)));
    }

    /// <summary>Each rule on its own: one that throws becomes one MCPG001 naming it, and the others still run.</summary>
    private static void RunRules(RuleContext context, List<Finding> findings, IReadOnlyList<McpRule> rules)
    {
        var document = context.Document;
        foreach (var rule in rules)
        {
            try
            {
                rule.Analyze(context);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // Never let a rule defect break the build; say which rule, never what the file contains.
                findings.Add(FileProblem(document.Path, document.Format, Failure("rule " + rule.SupportedRules[0].Id, exception)));
            }
        }
    }

    /// <summary>MCPG001 for a file that cannot be read at all (too large, missing, access denied), located at its start.</summary>
    public static Finding FileProblem(string path, ConfigFormat format, string reason)
    {
        var start = new TextPosition(0, 0, 0);
        return ConfigurationMustParseRule.Create(Path.GetFileName(path), Describe(format), new SourceSpan(path, start, start), reason);
    }

    /// <summary>The reason given when a file exceeds the size limit.</summary>
    public static string TooLarge(long size, long limit) => $"the file is {size} bytes, larger than the {limit}-byte limit (McpGuardMaxConfigSize)";

    /// <summary>"the Claude Code project servers format (JSON)".</summary>
    internal static string Describe(ConfigFormat format) => format.Dialect switch
    {
        JsonDialect.Jsonc => $"{format.DisplayName} (JSON with comments)",
        JsonDialect.Toml => $"{format.DisplayName} (TOML)",
        JsonDialect.Yaml => $"{format.DisplayName} (YAML)",
        JsonDialect.Comments => $"{format.DisplayName} (JSON with comments, no trailing commas)",
        _ => $"{format.DisplayName} (strict JSON)",
    };

    private static List<Finding> Scrub(List<Finding> findings, HashSet<string> secrets)
    {
        var scrubber = secrets.Count == 0 ? null : new SecretScrubber(secrets);
        var scrubbed = new List<Finding>(findings.Count);
        foreach (var finding in findings)
        {
            // Every text that leaves the engine: the message, the JSON path (a key can be a secret too, e.g. a token used
            // as a header name) and the server name; known secrets of the file, then anything recognisable as one.
            var message = Redaction.ScrubCredentials(scrubber?.Scrub(finding.Message) ?? finding.Message);
            var jsonPath = Redaction.ScrubCredentials(scrubber?.Scrub(finding.JsonPath) ?? finding.JsonPath);
            var server = finding.Server is null ? null : Redaction.ScrubCredentials(scrubber?.Scrub(finding.Server) ?? finding.Server);
            var unchanged = ReferenceEquals(message, finding.Message) && ReferenceEquals(jsonPath, finding.JsonPath) && ReferenceEquals(server, finding.Server);
            scrubbed.Add(unchanged ? finding : new Finding(finding.Rule, finding.Span, message, finding.RelatedSpan, jsonPath, server, finding.DefaultSeverity));
        }

        return scrubbed;
    }

    private static List<Finding> Sort(List<Finding> findings)
    {
        findings.Sort(FindingOrder.Compare);
        return findings;
    }
}
