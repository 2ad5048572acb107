using McpGuard.Suppression;

namespace McpGuard.Rules.Configuration;

/// <summary>MCPG011: a suppression or baseline entry that matches nothing is stale, and stale lists hide future findings.</summary>
public sealed class SuppressionMustBeUsedRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.UnusedSuppression,
        title: "Remove suppressions that match no finding",
        messageFormat: "{0} matches no finding; remove it so the list keeps only accepted risks",
        RuleCategories.Configuration,
        RuleSeverity.Info,
        description: "A suppression whose finding was fixed or moved keeps silencing whatever appears there next; lists that are not pruned rot.");

    public override System.Collections.Generic.IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public static Finding Create(SuppressionEntry entry) =>
        new(Rule, SuppressionNeedsJustificationRule.At(entry.DefinedIn), Rule.FormatMessage(new object[] { "McpGuardSuppress " + entry.Describe() }));

    public static Finding Create(BaselineEntry entry, string baselineFile) =>
        new(Rule, SuppressionNeedsJustificationRule.At(baselineFile), Rule.FormatMessage(new object[] { "Baseline entry " + entry.Describe() + " (regenerate the baseline with -t:McpGuardBaseline)" }));
}
