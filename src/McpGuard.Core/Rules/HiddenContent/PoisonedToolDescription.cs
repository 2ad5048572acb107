namespace McpGuard.Rules.HiddenContent;

/// <summary>
/// MCP703: a tool, prompt or resource of a C# MCP server (the ModelContextProtocol SDK) whose description - the text
/// every client hands its model - hides characters or addresses the model. Not an <see cref="McpRule"/>: the analyzer
/// reports it on C# source, with MCP701's and MCP702's checks (<see cref="Text.HiddenContent"/>, <see cref="Text.InstructionText"/>).
/// </summary>
public static class PoisonedToolDescription
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.PoisonedToolDescription,
        title: "Keep tool descriptions free of hidden text and instructions",
        messageFormat: "The description of MCP {0} '{1}' {2}; clients pass it to the model as it is, so this is tool poisoning: remove it",
        RuleCategories.HiddenContent,
        RuleSeverity.Warning,
        description: "Descriptions of [McpServerTool], [McpServerPrompt] and [McpServerResource] members reach every model that connects; hidden characters or instructions in them poison the agent.");

    /// <summary>"contains zero-width characters", or "contains wording addressed to the model (tells the model to …)".</summary>
    public static string Describe(Text.TextFinding finding, bool hidden) =>
        hidden ? "contains " + finding.Reason : "contains wording addressed to the model (" + finding.Reason + ")";
}
