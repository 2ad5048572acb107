namespace McpGuard.Rules.ToolCode;

/// <summary>
/// MCPG801: a tool argument of a C# MCP server reaches a started process. Error when it lands in a shell's script or is
/// the program itself; a Warning (the finding's lower severity) when it is one argument of a program the code names.
/// Reported by the analyzer on C# source.
/// </summary>
public sealed class CommandFromToolArgument : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.CommandFromToolArgument,
        title: "Do not build commands from tool arguments",
        messageFormat: "MCP tool '{0}' puts its argument '{1}' into {2}; the model chooses it, so a prompt injection chooses {3}",
        RuleCategories.ToolCode,
        RuleSeverity.Error,
        description: "Every argument of an [McpServerTool] method is chosen by the model. Put into a shell script (bash -c, cmd /c, powershell -Command) or used as the program to start, it runs whatever a prompt injection asks; as an argument of a fixed program it can still add options.");

    public override System.Collections.Generic.IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };
}
