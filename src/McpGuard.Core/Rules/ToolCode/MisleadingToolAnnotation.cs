namespace McpGuard.Rules.ToolCode;

/// <summary>MCPG806: <c>ReadOnly = true</c> or <c>Destructive = false</c> on a tool whose body writes, deletes, runs processes or changes data.</summary>
public sealed class MisleadingToolAnnotation : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.MisleadingToolAnnotation,
        title: "Annotate tools with what they really do",
        messageFormat: "MCP tool '{0}' is annotated {1} but {2} (line {3}); clients use the hint to skip approval: remove the annotation or the change",
        RuleCategories.ToolCode,
        RuleSeverity.Warning,
        description: "The SDK sends ReadOnly and Destructive as the tool's readOnlyHint and destructiveHint; clients approve read-only tools with less care. An unset Destructive means destructive, so leaving it out is honest.");

    public override System.Collections.Generic.IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };
}
