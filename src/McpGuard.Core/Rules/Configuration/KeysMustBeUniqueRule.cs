using McpGuard.Parsing;

namespace McpGuard.Rules.Configuration;

/// <summary>MCPG002: clients disagree on which of two equal keys wins, so a duplicate can hide a server from review.</summary>
public sealed class KeysMustBeUniqueRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.DuplicateKey,
        title: "Do not repeat a key in one object",
        messageFormat: "Key '{0}' is already defined at ({1},{2}); clients disagree which definition wins, so remove one",
        RuleCategories.Configuration,
        RuleSeverity.Error,
        description: "JSON parsers keep the first or the last duplicate depending on the client; a reviewer may read the other one.");

    public override System.Collections.Generic.IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    internal static Finding Create(DuplicateKey duplicate)
    {
        var first = duplicate.First.Start;
        var message = Rule.FormatMessage(new object[] { duplicate.Path, first.Line + 1, first.Column + 1 });
        return new Finding(Rule, duplicate.Duplicate, message, duplicate.First, duplicate.Path);
    }
}
