using McpGuard.Parsing;

namespace McpGuard.Rules.Configuration;

/// <summary>MCPG001: a file in a known location that cannot be read cannot be judged, so it never passes silently.</summary>
public sealed class ConfigurationMustParseRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.ConfigurationCannotBeParsed,
        title: "Configuration file cannot be parsed",
        messageFormat: "{0} cannot be read as {1}: {2}",
        RuleCategories.Configuration,
        RuleSeverity.Error,
        description: "The client would reject this file or read it differently; fix the syntax so it can be checked.");

    public override System.Collections.Generic.IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    internal static Finding Create(string fileName, string formatName, JsonSyntaxError error) =>
        new(Rule, error.Span, Rule.FormatMessage(new object[] { $"'{fileName}'", formatName, error.Reason }));

    internal static Finding Create(string fileName, string formatName, Text.SourceSpan span, string reason) =>
        new(Rule, span, Rule.FormatMessage(new object[] { $"'{fileName}'", formatName, reason }));
}
