using System;
using System.Collections.Generic;
using McpGuard.Internal;
using McpGuard.Syntax;
using McpGuard.Text;

namespace McpGuard.Rules.HiddenContent;

/// <summary>
/// MCPG702: a server name or a <c>description</c>/<c>title</c>/<c>name</c> field whose text addresses the model ("ignore
/// previous instructions", "do not tell the user", <c>&lt;IMPORTANT&gt;</c>, read <c>~/.ssh</c>, send data elsewhere).
/// </summary>
public sealed class RemoveInstructionsFromDescriptionsRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.InstructionLikeText,
        title: "Remove instructions from names and descriptions",
        messageFormat: "'{0}' {1}: '{2}'; names and descriptions reach the model, so this reads as a prompt injection: remove it and review where it came from",
        RuleCategories.HiddenContent,
        RuleSeverity.Warning,
        description: "Text that addresses the model in a configuration's names and descriptions is the configuration-file form of tool poisoning.");

    private static readonly HashSet<string> s_fields = new(StringComparer.Ordinal) { "description", "title", "name", "displayName", "summary" };

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(RuleContext context)
    {
        var inspected = new HashSet<JsonNode>();
        foreach (var server in context.Document.Servers)
        {
            if (context.NodeAt(server.NameSpan) is { } key && inspected.Add(key))
            {
                Inspect(context, key, server.Name);
            }
        }

        foreach (var (node, text) in TextLocations.All(context.Document.Root))
        {
            if (node is JsonStringNode && node.Parent is JsonPropertyNode property && s_fields.Contains(property.Name) && inspected.Add(node))
            {
                Inspect(context, node, text);
            }
        }
    }

    private static void Inspect(RuleContext context, JsonNode node, string text)
    {
        foreach (var finding in InstructionText.Find(text))
        {
            var quoted = TextClip.Clip(text.Substring(finding.Offset, finding.Length), 60);

            context.Report(Rule, TextLocations.SpanOf(node, text, finding), node.GetPath(), finding.Reason, quoted);
        }
    }
}
