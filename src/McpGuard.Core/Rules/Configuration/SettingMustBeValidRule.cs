namespace McpGuard.Rules.Configuration;

/// <summary>MCPG009: an McpGuard setting (MSBuild property or item metadata) has a value the tool cannot use.</summary>
public sealed class SettingMustBeValidRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.InvalidSetting,
        title: "McpGuard setting has an invalid value",
        messageFormat: "Invalid {0} value '{1}'. Valid values: {2}",
        RuleCategories.Configuration,
        RuleSeverity.Error,
        description: "A setting McpGuard cannot use would silently change what is checked; fix the value.");

    public override System.Collections.Generic.IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };
}
