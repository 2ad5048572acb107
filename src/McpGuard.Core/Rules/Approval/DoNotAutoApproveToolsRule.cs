using System;
using System.Collections.Generic;
using McpGuard.Syntax;
using McpGuard.Permissions;

namespace McpGuard.Rules.Approval;

/// <summary>
/// MCPG605: a client setting that runs a server's tools without confirmation: Cline/Roo/Kilo <c>alwaysAllow</c>, Amazon
/// Q/Kiro/Junie <c>autoApprove</c> (Error for <c>"*"</c>; Info when every name says the tool only reads), Gemini
/// <c>"trust": true</c>, Copilot agent <c>tools: ["*"]</c>.
/// Only where the file's client honours the key (<c>Data/permission-risks.json</c>); an empty list approves nothing.
/// </summary>
public sealed class DoNotAutoApproveToolsRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.ToolsAutoApproved,
        title: "Do not auto-approve server tools",
        messageFormat: "Server '{0}' {1} at '{2}'; the client runs them without asking, so remove the setting and confirm each tool call",
        RuleCategories.Approval,
        RuleSeverity.Warning,
        description: "Auto-approval removes the human check the seeds rely on: a prompt injection can call the approved tools freely.");

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(RuleContext context)
    {
        var clientId = context.Document.Format.Id;
        // Cline and Roo files often carry the same list under both alwaysAllow and autoApprove: one finding per list.
        var reportedLists = new List<(string Server, HashSet<string> Tools)>();
        foreach (var key in PermissionRisks.Instance.AutoApproval)
        {
            if (!key.Clients.Contains(clientId))
            {
                continue;
            }

            foreach (var server in context.Document.Servers)
            {
                if (server.Body.GetProperty(key.Key) is not { } property)
                {
                    continue;
                }

                if (key.IsBoolean)
                {
                    if (property.Value is JsonScalarNode { RawText: "true" })
                    {
                        context.Report(Rule, property.Value.Span, server.Name, "skips confirmation for every tool", property.Value.GetPath());
                    }

                    continue;
                }

                if (property.Value is JsonArrayNode list && IsNewList(reportedLists, server.Name, list))
                {
                    ReportList(context, server.Name, property, list);
                }
            }
        }
    }

    private static bool IsNewList(List<(string Server, HashSet<string> Tools)> reported, string server, JsonArrayNode list)
    {
        var tools = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in list.Items)
        {
            if (item is JsonStringNode text)
            {
                tools.Add(text.Value.Trim());
            }
        }

        if (reported.Exists(r => r.Server == server && r.Tools.SetEquals(tools)))
        {
            return false;
        }

        reported.Add((server, tools));
        return true;
    }

    private static void ReportList(RuleContext context, string server, JsonPropertyNode property, JsonArrayNode list)
    {
        var acting = new List<string>();
        var reading = new List<string>();
        foreach (var item in list.Items)
        {
            if (item is not JsonStringNode text || text.Value.Trim().Length == 0)
            {
                continue;
            }

            if (text.Value.Trim() == "*")
            {
                context.Report(Rule.WithSeverity(RuleSeverity.Error), text.Span, server, "auto-approves every tool", text.GetPath());
                return;
            }

            (ToolNames.OnlyReads(text.Value) ? reading : acting).Add(text.Value.Trim());
        }

        if (acting.Count > 0)
        {
            var readOnly = reading.Count == 0 ? string.Empty : $" (and {reading.Count} read-only {(reading.Count == 1 ? "tool" : "tools")})";
            context.Report(Rule, property.Span, server, $"auto-approves {(acting.Count == 1 ? "tool" : "tools")} {Show(acting)}{readOnly}", property.GetPath());
        }
        else if (reading.Count > 0)
        {
            // Tools whose names say they only read (get_*, list_*, search*, documentation look-ups) are worth a look, not a warning.
            context.Report(Rule.WithSeverity(RuleSeverity.Info), property.Span, server, $"auto-approves read-only {(reading.Count == 1 ? "tool" : "tools")} {Show(reading)}", property.GetPath());
        }
    }

    private static string Show(List<string> names)
    {
        var shown = string.Join("', '", names.GetRange(0, Math.Min(names.Count, 5)));
        var more = names.Count > 5 ? $" and {names.Count - 5} more" : string.Empty;
        return $"'{shown}'{more}";
    }
}
