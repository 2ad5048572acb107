using McpGuard.Suppression;
using McpGuard.Text;

namespace McpGuard.Rules.Configuration;

/// <summary>MCPG010: an accepted risk nobody explained is indistinguishable from one nobody looked at.</summary>
public sealed class SuppressionNeedsJustificationRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.SuppressionWithoutJustification,
        title: "Give every suppression a justification",
        messageFormat: "McpGuardSuppress {0} has no Justification; say why the finding is accepted (Justification=\"…\") so reviewers and the SARIF log can tell",
        RuleCategories.Configuration,
        RuleSeverity.Info,
        description: "A suppression without a reason cannot be reviewed later; the justification also travels into the SARIF log.");

    public override System.Collections.Generic.IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <summary>Reported at the project file that declares the item (line 0: MSBuild does not say where in it).</summary>
    public static Finding Create(SuppressionEntry entry) =>
        new(Rule, At(entry.DefinedIn), Rule.FormatMessage(new object[] { entry.Describe() }));

    internal static SourceSpan At(string? path)
    {
        var start = new TextPosition(0, -1, -1);
        return new SourceSpan(path ?? string.Empty, start, start);
    }
}
