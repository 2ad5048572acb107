using McpGuard.Text;

namespace McpGuard.Rules;

/// <summary>One problem in one configuration file, located and worded; the message holds no secret value.</summary>
public sealed class Finding
{
    public Finding(RuleDescriptor rule, SourceSpan span, string message, SourceSpan? relatedSpan = null, RuleSeverity? defaultSeverity = null)
    {
        Rule = rule;
        Span = span;
        Message = message;
        RelatedSpan = relatedSpan;
        DefaultSeverity = defaultSeverity ?? rule.DefaultSeverity;
    }

    public RuleDescriptor Rule { get; }

    public string RuleId => Rule.Id;

    public SourceSpan Span { get; }

    public string Message { get; }

    /// <summary>A second place the finding refers to, e.g. the first definition of a duplicate key.</summary>
    public SourceSpan? RelatedSpan { get; }

    /// <summary>
    /// The severity when nothing is configured: the rule's, or a lower grade for a milder case of the same finding
    /// (a public <c>anon</c> key under MCP101 is Info). Configuration for the rule's id overrides it like any default.
    /// </summary>
    public RuleSeverity DefaultSeverity { get; }

    public override string ToString() => $"{Span}: {Rule.Id}: {Message}";
}
