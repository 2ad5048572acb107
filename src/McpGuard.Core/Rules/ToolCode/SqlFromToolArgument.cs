namespace McpGuard.Rules.ToolCode;

/// <summary>MCPG803: SQL command text concatenated or interpolated from a tool argument; a Warning when the argument is the whole query.</summary>
public sealed class SqlFromToolArgument : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.SqlFromToolArgument,
        title: "Do not build SQL text from tool arguments",
        messageFormat: "MCP tool '{0}' {2} from its argument '{1}'; {3}",
        RuleCategories.ToolCode,
        RuleSeverity.Error,
        description: "SQL text built from a model-chosen value is SQL injection; pass the value as a parameter (@name, FromSqlInterpolated, an anonymous object for Dapper). A tool that runs the model's query as it is gives the model every statement the connection may run.");

    public override System.Collections.Generic.IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };
}
