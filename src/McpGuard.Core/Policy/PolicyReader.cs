using System;
using System.Collections.Generic;
using System.IO;
using McpGuard.Parsing;
using McpGuard.Rules;
using McpGuard.Rules.Configuration;
using McpGuard.Syntax;
using McpGuard.Text;
using NuGet.Versioning;

namespace McpGuard.Policy;

/// <summary>
/// Reads <c>mcpguard.json</c> (JSON, comments and trailing commas allowed). A file that cannot be parsed is one MCPG001 at
/// the parser's position; a value that cannot be used is an MCPG009 at that value, and the rest of the policy still applies.
/// Never throws on content.
/// </summary>
public static class PolicyReader
{
    private const string FormatName = "an McpGuard policy (JSON, see mcpguard.schema.json)";
    private static readonly HashSet<string> s_topLevelKeys = new(StringComparer.Ordinal) { "$schema", "approvedServers", "trustedHosts", "credentialNamePatterns" };
    private static readonly HashSet<string> s_entryKeys = new(StringComparer.Ordinal) { "package", "ecosystem", "host", "command", "versions", "owner", "purpose" };
    private static readonly HashSet<string> s_ecosystems = new(StringComparer.OrdinalIgnoreCase) { "npm", "pypi", "nuget", "oci", "jsr" };

    public static PolicyReadResult Read(string path, ReadOnlyMemory<byte> utf8)
    {
        var problems = new List<Finding>();
        var parsed = JsonConfigParser.Parse(path, utf8, JsonDialect.Jsonc);
        if (parsed.Error is { } error)
        {
            problems.Add(ConfigurationMustParseRule.Create(Path.GetFileName(path), FormatName, error));
            return new PolicyReadResult(null, problems);
        }

        if (parsed.Root is not JsonObjectNode root)
        {
            problems.Add(Invalid(parsed.Root?.Span ?? Start(path), "policy", "the file's content", "a JSON object with approvedServers, trustedHosts or credentialNamePatterns"));
            return new PolicyReadResult(null, problems);
        }

        foreach (var property in root.Properties)
        {
            if (!s_topLevelKeys.Contains(property.Name))
            {
                problems.Add(Invalid(property.Span, "key", property.Name, string.Join(", ", s_topLevelKeys)));
            }
        }

        var approved = ReadApprovedServers(root, problems);
        var trusted = ReadStrings(root, "trustedHosts", problems);
        var credentialNames = ReadStrings(root, "credentialNamePatterns", problems) ?? new List<string>();
        return new PolicyReadResult(new McpPolicy(path, approved, trusted, credentialNames), problems);
    }

    /// <summary>Reads the file at <paramref name="path"/>; a missing or unreadable file is one MCPG009 about the setting that named it.</summary>
    public static PolicyReadResult ReadFile(string path)
    {
        try
        {
            return Read(path, File.ReadAllBytes(path));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            var problem = Invalid(Start(path), "McpGuardPolicyFile", path, $"an existing, readable JSON policy file ({exception.GetType().Name})");
            return new PolicyReadResult(null, new List<Finding> { problem });
        }
    }

    private static List<ApprovedServer>? ReadApprovedServers(JsonObjectNode root, List<Finding> problems)
    {
        var value = root.GetValue("approvedServers");
        if (value is null)
        {
            return null;
        }

        var servers = new List<ApprovedServer>();
        if (value is not JsonArrayNode array)
        {
            // Unusable: not enforced (MCPG009 says why), rather than approving nothing.
            problems.Add(Invalid(value.Span, "approvedServers", Describe(value), "an array of objects"));
            return null;
        }

        foreach (var item in array.Items)
        {
            if (item is not JsonObjectNode entry)
            {
                problems.Add(Invalid(item.Span, "approvedServers entry", Describe(item), "an object with package, host or command"));
                continue;
            }

            foreach (var property in entry.Properties)
            {
                if (!s_entryKeys.Contains(property.Name))
                {
                    problems.Add(Invalid(property.Span, "approvedServers key", property.Name, string.Join(", ", s_entryKeys)));
                }
            }

            var package = Text(entry, "package", problems);
            var host = Text(entry, "host", problems);
            var command = Text(entry, "command", problems);
            var ecosystem = Text(entry, "ecosystem", problems);
            if (ecosystem is not null && !s_ecosystems.Contains(ecosystem))
            {
                problems.Add(Invalid(entry.GetValue("ecosystem")!.Span, "ecosystem", ecosystem, "npm, pypi, nuget, oci, jsr"));
                ecosystem = null;
            }

            if (package is null && host is null && command is null)
            {
                problems.Add(Invalid(entry.Span, "approvedServers entry", "an entry without package, host or command", "an object naming at least one of package, host, command"));
                continue;
            }

            var versionsText = Text(entry, "versions", problems);
            VersionRange? versions = null;
            if (versionsText is not null && !VersionRange.TryParse(versionsText, out versions))
            {
                problems.Add(Invalid(entry.GetValue("versions")!.Span, "versions", versionsText, "a NuGet version range such as [1.2.0,2.0.0) or 1.2.3 (= 1.2.3 or later)"));
                versions = null;
            }

            servers.Add(new ApprovedServer(package, ecosystem?.ToLowerInvariant(), host, command, versions, versionsText, Text(entry, "owner", problems), Text(entry, "purpose", problems)));
        }

        return servers;
    }

    private static List<string>? ReadStrings(JsonObjectNode root, string key, List<Finding> problems)
    {
        var value = root.GetValue(key);
        if (value is null)
        {
            return null;
        }

        var values = new List<string>();
        if (value is not JsonArrayNode array)
        {
            problems.Add(Invalid(value.Span, key, Describe(value), "an array of strings"));
            return null;
        }

        foreach (var item in array.Items)
        {
            if (item is JsonStringNode text && text.Value.Trim().Length > 0)
            {
                values.Add(text.Value.Trim());
            }
            else
            {
                problems.Add(Invalid(item.Span, key + " entry", Describe(item), "a non-empty string"));
            }
        }

        return values;
    }

    private static string? Text(JsonObjectNode entry, string key, List<Finding> problems)
    {
        var value = entry.GetValue(key);
        if (value is null)
        {
            return null;
        }

        if (value is JsonStringNode text && text.Value.Trim().Length > 0)
        {
            return text.Value.Trim();
        }

        problems.Add(Invalid(value.Span, key, Describe(value), "a non-empty string"));
        return null;
    }

    private static string Describe(JsonNode node) => node switch
    {
        JsonStringNode text => text.Value.Length > 60 ? text.Value.Substring(0, 60) + "…" : text.Value,
        JsonObjectNode => "an object",
        JsonArrayNode => "an array",
        JsonScalarNode scalar => scalar.RawText,
        _ => "a value",
    };

    private static Finding Invalid(SourceSpan span, string setting, string value, string validValues)
    {
        var rule = SettingMustBeValidRule.Rule;
        return new Finding(rule, span, rule.FormatMessage(new object[] { $"policy {setting} in '{Path.GetFileName(span.Path)}'", value, validValues }));
    }

    private static SourceSpan Start(string path)
    {
        var start = new TextPosition(0, 0, 0);
        return new SourceSpan(path, start, start);
    }
}
