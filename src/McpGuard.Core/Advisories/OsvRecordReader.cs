using System;
using System.Collections.Generic;
using System.IO;
using McpGuard.Launch;
using McpGuard.Parsing;
using McpGuard.Rules;
using McpGuard.Rules.Configuration;
using McpGuard.Syntax;
using McpGuard.Text;

namespace McpGuard.Advisories;

/// <summary>
/// Reads OSV records (https://ossf.github.io/osv-schema/) into advisories. A file holds one record or an array of them.
/// What cannot be used is one MCPG009 at the value that is wrong, and that record, affected entry or range is skipped,
/// never guessed: a bad record can hide an advisory but never invent a match. Never throws on content.
/// </summary>
public sealed class OsvRecordReader
{
    private const string DefaultLink = "https://osv.dev/vulnerability/";

    private readonly string _origin;
    private readonly string? _archivePath;
    private readonly List<Finding> _problems;

    /// <param name="origin">How messages name the file: <c>GHSA-x.json</c>, or <c>osv.zip:GHSA-x.json</c> for an archive entry.</param>
    /// <param name="archivePath">For an archive entry, the archive: problems are located at its start and the message gives the entry's line and column.</param>
    /// <param name="problems">Where MCPG009 findings go.</param>
    private OsvRecordReader(string origin, string? archivePath, List<Finding> problems)
    {
        _origin = origin;
        _archivePath = archivePath;
        _problems = problems;
    }

    /// <summary>The advisories of one file's records; problems are added to <paramref name="problems"/>.</summary>
    public static List<Advisory> ReadFile(string path, ReadOnlyMemory<byte> utf8, List<Finding> problems, string? archivePath = null, string? entryName = null)
    {
        var reader = new OsvRecordReader(archivePath is null ? Path.GetFileName(path) : Path.GetFileName(archivePath) + ":" + entryName, archivePath, problems);
        var advisories = new List<Advisory>();
        var parsed = JsonConfigParser.Parse(path, utf8, JsonDialect.Strict);
        if (parsed.Error is { } error)
        {
            reader.Invalid(error.Span, "file", error.Reason, "an OSV record (JSON) or an array of them");
            return advisories;
        }

        if (parsed.Root is JsonArrayNode array)
        {
            foreach (var item in array.Items)
            {
                reader.ReadRecord(item, advisories);
            }
        }
        else if (parsed.Root is { } root)
        {
            reader.ReadRecord(root, advisories);
        }

        return advisories;
    }

    /// <summary>The records of the shipped list: <c>{"advisories": [record, …]}</c>.</summary>
    internal static List<Advisory> ReadBundle(string path, ReadOnlyMemory<byte> utf8, List<Finding> problems)
    {
        var reader = new OsvRecordReader(Path.GetFileName(path), null, problems);
        var advisories = new List<Advisory>();
        var parsed = JsonConfigParser.Parse(path, utf8, JsonDialect.Strict);
        if (parsed.Error is { } error)
        {
            reader.Invalid(error.Span, "file", error.Reason, "JSON");
        }
        else if ((parsed.Root as JsonObjectNode)?.GetArray("advisories") is { } records)
        {
            foreach (var record in records.Items)
            {
                reader.ReadRecord(record, advisories);
            }
        }
        else
        {
            reader.Invalid(parsed.Root!.Span, "file", "no advisories array", "{\"advisories\": [OSV records]}");
        }

        return advisories;
    }

    private void ReadRecord(JsonNode node, List<Advisory> advisories)
    {
        if (node is not JsonObjectNode record)
        {
            Invalid(node.Span, "record", Describe(node), "a JSON object (an OSV record)");
            return;
        }

        var id = RequiredText(record, "id", "an advisory id such as GHSA-xxxx-xxxx-xxxx");
        var affected = record.GetValue("affected");
        if (affected is not JsonArrayNode entries)
        {
            Invalid(affected?.Span ?? record.Span, "affected", affected is null ? "(missing)" : Describe(affected), "an array of affected packages");
            return;
        }

        // A withdrawn advisory no longer applies (OSV: the record stays published so tools can tell).
        if (id is null || record.GetValue("withdrawn") is not null)
        {
            return;
        }

        var aliases = Strings(record, "aliases");
        var summary = OptionalText(record, "summary") ?? id;
        var severity = (record.GetObject("database_specific")?.GetValue("severity") as JsonStringNode)?.Value.Trim().ToLowerInvariant();
        var link = Link(record) ?? DefaultLink + id;
        foreach (var package in ReadPackages(entries))
        {
            advisories.Add(new Advisory(id, aliases, package.Ecosystem, package.Name, package.Ranges, package.Versions, package.ExactVersions, string.IsNullOrEmpty(severity) ? "unrated" : severity!, summary, link));
        }
    }

    /// <summary>The usable affected entries, one per package (OSV allows several entries for one package), in record order.</summary>
    private List<PackageAffected> ReadPackages(JsonArrayNode entries)
    {
        var packages = new List<PackageAffected>();
        var byPackage = new Dictionary<string, PackageAffected>(StringComparer.Ordinal);
        foreach (var entry in entries.Items)
        {
            if (ReadAffected(entry) is not { } package)
            {
                continue;
            }

            var key = AdvisoryDatabase.Key(package.Ecosystem, package.Name);
            if (byPackage.TryGetValue(key, out var earlier))
            {
                earlier.Add(package);
            }
            else
            {
                byPackage[key] = package;
                packages.Add(package);
            }
        }

        return packages;
    }

    private PackageAffected? ReadAffected(JsonNode node)
    {
        if (node is not JsonObjectNode entry || entry.GetValue("package") is not JsonObjectNode package)
        {
            Invalid(node is JsonObjectNode withoutPackage ? withoutPackage.GetValue("package")?.Span ?? node.Span : node.Span, "affected entry", Describe(node), "an object with a package {ecosystem, name}");
            return null;
        }

        var ecosystemText = RequiredText(package, "ecosystem", "an OSV ecosystem such as npm or PyPI");
        var name = RequiredText(package, "name", "the package name");
        if (ecosystemText is null || name is null)
        {
            return null;
        }

        if (!OsvEcosystems.TryMap(ecosystemText, out var ecosystem, out var known))
        {
            // An ecosystem OSV defines that no launcher fetches from (Maven, Debian …) is valid and irrelevant; an unknown one is a mistake.
            if (!known)
            {
                Invalid(package.GetValue("ecosystem")!.Span, "ecosystem", ecosystemText, OsvEcosystems.Description);
            }

            return null;
        }

        var result = new PackageAffected(ecosystem, name);
        ReadRanges(entry, result);
        ReadVersions(entry, result);
        return result;
    }

    private void ReadRanges(JsonObjectNode entry, PackageAffected result)
    {
        if (OptionalArray(entry, "ranges", "an array of ranges") is not { } ranges)
        {
            return;
        }

        foreach (var item in ranges.Items)
        {
            var type = (item as JsonObjectNode)?.GetValue("type") as JsonStringNode;
            if (type is null || item is not JsonObjectNode range)
            {
                Invalid(type?.Span ?? item.Span, "range", Describe(item), "an object with type (SEMVER, ECOSYSTEM or GIT) and events");
                continue;
            }

            switch (type.Value)
            {
                case "SEMVER":
                case "ECOSYSTEM":
                    if (ReadEvents(range, result.Ecosystem) is { } events)
                    {
                        result.Ranges.Add(new AdvisoryRange(events));
                    }

                    break;
                case "GIT":
                    // Commit ranges need the repository's history; OSV lists the affected versions of such records in versions.
                    break;
                default:
                    Invalid(type.Span, "range type", type.Value, "SEMVER, ECOSYSTEM or GIT");
                    break;
            }
        }
    }

    /// <summary>The array under <paramref name="key"/>; <c>null</c> when it is absent, or (reported) when it is not an array.</summary>
    private JsonArrayNode? OptionalArray(JsonObjectNode entry, string key, string expected)
    {
        var value = entry.GetValue(key);
        if (value is null or JsonArrayNode)
        {
            return value as JsonArrayNode;
        }

        Invalid(value.Span, key, Describe(value), expected);
        return null;
    }

    private List<AdvisoryEvent>? ReadEvents(JsonObjectNode range, PackageEcosystem ecosystem)
    {
        if (range.GetValue("events") is not JsonArrayNode array || array.Items.Count == 0)
        {
            Invalid(range.GetValue("events")?.Span ?? range.Span, "events", range.GetValue("events") is { } events ? Describe(events) : "(missing)", "a non-empty array of introduced, fixed, last_affected and limit events");
            return null;
        }

        var result = new List<AdvisoryEvent>();
        foreach (var item in array.Items)
        {
            if (item is not JsonObjectNode change || change.Properties.Count != 1 || change.Properties[0].Value is not JsonStringNode version
                || EventKind(change.Properties[0].Name) is not { } kind)
            {
                Invalid(item.Span, "event", Describe(item), "an object with one of introduced, fixed, last_affected or limit, whose value is a version string");
                return null;
            }

            AdvisoryVersion? parsed = null;
            var special = (kind == AdvisoryEventKind.Introduced && version.Value == "0") || (kind == AdvisoryEventKind.Limit && version.Value == "*");
            if (!special && !AdvisoryVersion.TryParse(ecosystem, version.Value, out parsed))
            {
                Invalid(version.Span, "version", version.Value, OsvEcosystems.VersionSyntax(ecosystem));
                return null;
            }

            result.Add(new AdvisoryEvent(kind, parsed));
        }

        if (!result.Exists(e => e.Kind == AdvisoryEventKind.Introduced))
        {
            Invalid(array.Span, "events", "no introduced event", "events that start with an introduced version (\"0\" for every version)");
            return null;
        }

        return result;
    }

    private void ReadVersions(JsonObjectNode entry, PackageAffected result)
    {
        if (OptionalArray(entry, "versions", "an array of version strings") is not { } versions)
        {
            return;
        }

        foreach (var item in versions.Items)
        {
            if (item is not JsonStringNode text || text.Value.Trim().Length == 0)
            {
                Invalid(item.Span, "versions entry", Describe(item), "a version string");
                continue;
            }

            result.ExactVersions.Add(text.Value.Trim());
            if (AdvisoryVersion.TryParse(result.Ecosystem, text.Value, out var parsed))
            {
                result.Versions.Add(parsed!);
            }
            else if (result.Ecosystem != PackageEcosystem.Oci)
            {
                // Image tags and digests are matched as text; any other version must be one the ecosystem orders.
                Invalid(text.Span, "version", text.Value, OsvEcosystems.VersionSyntax(result.Ecosystem));
            }
        }
    }

    private static AdvisoryEventKind? EventKind(string name) => name switch
    {
        "introduced" => AdvisoryEventKind.Introduced,
        "fixed" => AdvisoryEventKind.Fixed,
        "last_affected" => AdvisoryEventKind.LastAffected,
        "limit" => AdvisoryEventKind.Limit,
        _ => null,
    };

    /// <summary>The first ADVISORY reference, else the first reference of any type.</summary>
    private static string? Link(JsonObjectNode record)
    {
        string? first = null;
        foreach (var item in record.GetArray("references")?.Items ?? Array.Empty<JsonNode>())
        {
            if (item is JsonObjectNode reference && reference.GetValue("url") is JsonStringNode url && url.Value.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                if ((reference.GetValue("type") as JsonStringNode)?.Value == "ADVISORY")
                {
                    return url.Value;
                }

                first ??= url.Value;
            }
        }

        return first;
    }

    private string? RequiredText(JsonObjectNode owner, string key, string validValues)
    {
        var value = owner.GetValue(key);
        if (value is JsonStringNode text && text.Value.Trim().Length > 0)
        {
            return text.Value.Trim();
        }

        Invalid(value?.Span ?? owner.Span, key, value is null ? "(missing)" : Describe(value), validValues);
        return null;
    }

    private string? OptionalText(JsonObjectNode owner, string key)
    {
        var value = owner.GetValue(key);
        if (value is null || (value is JsonStringNode text && text.Value.Trim().Length > 0))
        {
            return (value as JsonStringNode)?.Value.Trim();
        }

        Invalid(value.Span, key, Describe(value), "a non-empty string");
        return null;
    }

    private List<string> Strings(JsonObjectNode owner, string key)
    {
        var values = new List<string>();
        var value = owner.GetValue(key);
        if (value is not null and not JsonArrayNode)
        {
            Invalid(value.Span, key, Describe(value), "an array of strings");
        }

        foreach (var item in (value as JsonArrayNode)?.Items ?? Array.Empty<JsonNode>())
        {
            if (item is JsonStringNode text && text.Value.Trim().Length > 0)
            {
                values.Add(text.Value.Trim());
            }
            else
            {
                Invalid(item.Span, key + " entry", Describe(item), "a non-empty string");
            }
        }

        return values;
    }

    private void Invalid(SourceSpan span, string field, string value, string validValues)
    {
        var rule = SettingMustBeValidRule.Rule;
        var where = _archivePath is null ? $"'{_origin}'" : $"'{_origin}' (line {span.Start.Line + 1}, column {span.Start.Column + 1})";
        var location = _archivePath is null ? span : new SourceSpan(_archivePath, default, default);
        _problems.Add(new Finding(rule, location, rule.FormatMessage(new object[] { $"advisory record {field} in {where}", value, validValues })));
    }

    private static string Describe(JsonNode node) => node switch
    {
        JsonStringNode text => text.Value.Length > 60 ? text.Value.Substring(0, 60) + "…" : text.Value,
        JsonObjectNode => "an object",
        JsonArrayNode => "an array",
        JsonScalarNode scalar => scalar.RawText,
        _ => "a value",
    };

    /// <summary>One package's ranges and versions across the record's affected entries.</summary>
    private sealed class PackageAffected(PackageEcosystem ecosystem, string name)
    {
        public PackageEcosystem Ecosystem { get; } = ecosystem;

        public string Name { get; } = name;

        public List<AdvisoryRange> Ranges { get; } = new();

        public List<AdvisoryVersion> Versions { get; } = new();

        public List<string> ExactVersions { get; } = new();

        public void Add(PackageAffected other)
        {
            Ranges.AddRange(other.Ranges);
            Versions.AddRange(other.Versions);
            ExactVersions.AddRange(other.ExactVersions);
        }
    }
}
