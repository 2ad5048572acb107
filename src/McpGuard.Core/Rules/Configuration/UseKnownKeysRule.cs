using System;
using System.Collections.Generic;
using System.Linq;
using McpGuard.Internal;
using McpGuard.Model;

namespace McpGuard.Rules.Configuration;

/// <summary>MCPG003: a key the client does not know is ignored by it — a typo (<c>evn</c>) or another client's key (<c>alwaysAllow</c> in <c>.mcp.json</c>).</summary>
public sealed class UseKnownKeysRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.UnknownKey,
        title: "Use only keys the client knows",
        messageFormat: "Key '{0}' is not a {1} and is ignored by the client; {2}",
        RuleCategories.Configuration,
        RuleSeverity.Warning,
        description: "A misspelled or foreign key silently does nothing: the setting a reviewer sees is not the one the client applies.");

    private static readonly Lazy<Dictionary<string, List<string>>> s_serverKeyOwners = new(CollectServerKeyOwners);

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(RuleContext context)
    {
        var format = context.Document.Format;
        if (format.TopLevelKeys is { } topLevel)
        {
            foreach (var property in context.Document.Root.Properties)
            {
                if (!topLevel.Contains(property.Name) && Advice(property.Name, topLevel, isServerKey: false, format) is { } advice)
                {
                    context.Report(Rule.WithSeverity(Severity(format)), property.Span, property.GetPath(), $"top-level key of {format.DisplayName}", advice);
                }
            }
        }

        if (format.ServerKeys.Count == 0)
        {
            return;
        }

        foreach (var server in context.Document.Servers)
        {
            foreach (var property in server.Body.Properties)
            {
                if (!format.ServerKeys.Contains(property.Name) && Advice(property.Name, format.ServerKeys, isServerKey: true, format) is { } advice)
                {
                    context.Report(Rule.WithSeverity(Severity(format)), property.Span, property.GetPath(), $"server key of {format.DisplayName}", advice);
                }
            }
        }
    }

    /// <summary>Info where McpGuard's key list for the client could not be verified: a newer key must not fail anyone's build.</summary>
    private static RuleSeverity Severity(ConfigFormat format) => format.KeysVerified ? Rule.DefaultSeverity : RuleSeverity.Info;

    /// <summary>What to tell the user, or <c>null</c> when an open-ended settings file may simply be newer than our list.</summary>
    private static string? Advice(string key, IEnumerable<string> known, bool isServerKey, ConfigFormat format)
    {
        if (key.StartsWith("_", StringComparison.Ordinal) || key.StartsWith("//", StringComparison.Ordinal))
        {
            // "_comment", "_note": the usual way to annotate JSON; clients ignore them on purpose.
            return null;
        }

        if (!isServerKey && ReferenceEquals(format, ConfigFormat.ClaudeSettings) && key == "mcpServers")
        {
            return "Claude Code reads project servers from '.mcp.json'; move them there";
        }

        if (NearMiss.Find(key, known) is { } suggestion)
        {
            return $"did you mean '{suggestion}'?";
        }

        var owners = OwnersOf(key, isServerKey, format);
        if (owners.Count > 0)
        {
            var named = owners.Count > 3 ? string.Join(", ", owners.Take(3)) + " and others" : string.Join(", ", owners);
            return $"it is a key of {named}; remove it or move the setting to that client's file";
        }

        return format.TopLevelKeysOpenEnded && !isServerKey ? null : "remove it or check the client's documentation";
    }

    private static List<string> OwnersOf(string key, bool isServerKey, ConfigFormat format)
    {
        if (isServerKey)
        {
            return s_serverKeyOwners.Value.TryGetValue(key, out var owners) ? owners : new List<string>();
        }

        return ConfigFormat.All
            .Where(other => !ReferenceEquals(other, format) && other.ServersPath.Count == 1 && other.ServersPath[0] == key)
            .Select(other => other.DisplayName)
            .Distinct()
            .ToList();
    }

    private static Dictionary<string, List<string>> CollectServerKeyOwners()
    {
        var owners = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var format in ConfigFormat.All)
        {
            foreach (var key in format.ServerKeys)
            {
                if (!owners.TryGetValue(key, out var list))
                {
                    owners[key] = list = new List<string>();
                }

                if (!list.Contains(format.DisplayName))
                {
                    list.Add(format.DisplayName);
                }
            }
        }

        return owners;
    }
}
