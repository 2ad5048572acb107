namespace McpGuard.Rules.ToolCode;

/// <summary>MCPG805: a tool returns a credential read from the environment or configuration (names judged by Core's credential-name data).</summary>
public sealed class SecretReturnedToModel : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.SecretReturnedToModel,
        title: "Do not return credentials to the model",
        messageFormat: "MCP tool '{0}' returns {1} to the model; whatever the model reads can leave through its next tool call: return whether it is set, never its value",
        RuleCategories.ToolCode,
        RuleSeverity.Warning,
        description: "A tool result enters the model's context, and from there any other tool or the chat transcript. A credential read from the environment or configuration must stay in the server.");

    public override System.Collections.Generic.IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };
}
