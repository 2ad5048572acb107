namespace McpGuard.Rules.ToolCode;

/// <summary>MCPG802: a file or folder path built from a tool argument is opened without proof that it stays inside a root.</summary>
public sealed class PathFromToolArgument : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.PathFromToolArgument,
        title: "Keep file paths from tool arguments inside a root",
        messageFormat: "MCP tool '{0}' {2} a path built from its argument '{1}' without checking that it stays inside a root folder: resolve it with Path.GetFullPath and reject it unless it starts with the root",
        RuleCategories.ToolCode,
        RuleSeverity.Warning,
        description: "A path from the model can be absolute or climb out with '..': a prompt injection then reads ~/.ssh or overwrites files outside the folder the tool is meant for.");

    public override System.Collections.Generic.IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };
}
