namespace McpGuard.Rules.HiddenContent;

/// <summary>
/// MCPG703: a tool, prompt or resource of a C# MCP server (the ModelContextProtocol SDK) whose description - the text
/// every client hands its model - hides characters or addresses the model. The analyzer
/// reports it on C# source, with MCPG701's and MCPG702's checks (<see cref="Text.HiddenContent"/>, <see cref="Text.InstructionText"/>).
/// </summary>
public sealed class PoisonedToolDescription : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.PoisonedToolDescription,
        title: "Keep tool descriptions free of hidden text and instructions",
        messageFormat: "The description of MCP {0} '{1}' {2}; clients pass it to the model as it is, so this is tool poisoning: remove it",
        RuleCategories.HiddenContent,
        RuleSeverity.Warning,
        description: "Descriptions of [McpServerTool], [McpServerPrompt] and [McpServerResource] members reach every model that connects; hidden characters or instructions in them poison the agent.");

    public override System.Collections.Generic.IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <summary>
    /// What one text holds, every kind once: "contains zero-width characters", "contains wording addressed to the model
    /// (tells the model to …; asks to send data elsewhere)", or both joined by "and"; <c>null</c> for a clean text.
    /// </summary>
    public static string? Describe(string text)
    {
        var hidden = Reasons(Text.HiddenContent.Find(text));
        var instructions = Reasons(Text.InstructionText.Find(text));
        var parts = new System.Collections.Generic.List<string>();
        if (hidden.Count > 0)
        {
            parts.Add("contains " + string.Join(" and ", hidden));
        }

        if (instructions.Count > 0)
        {
            parts.Add("contains wording addressed to the model (" + string.Join("; ", instructions) + ")");
        }

        return parts.Count == 0 ? null : string.Join(" and ", parts);
    }

    private static System.Collections.Generic.List<string> Reasons(System.Collections.Generic.IReadOnlyList<Text.TextFinding> findings)
    {
        var reasons = new System.Collections.Generic.List<string>();
        foreach (var finding in findings)
        {
            if (!reasons.Contains(finding.Reason))
            {
                reasons.Add(finding.Reason);
            }
        }

        return reasons;
    }
}
