using McpGuard.Reporting;
using McpGuard.Text;

namespace McpGuard.Rules;

/// <summary>
/// One problem in one configuration file, located and worded; the message holds no secret value, and no character a
/// terminal or viewer would act on (<see cref="InertText"/>).
/// </summary>
public sealed class Finding
{
    public Finding(
        RuleDescriptor rule, SourceSpan span, string message, SourceSpan? relatedSpan = null, string? jsonPath = null, string? server = null, RuleSeverity? defaultSeverity = null)
    {
        // A descriptor of WithSeverity is the rule's at another default: findings carry the catalog's and that default.
        Rule = rule.Catalogued;
        Span = span;
        // Names, keys and values of the configuration reach the message, path and server name: shown inert, always.
        Message = InertText.Escape(message);
        RelatedSpan = relatedSpan;
        JsonPath = InertText.Escape(jsonPath ?? string.Empty);
        Server = server is null ? null : InertText.Escape(server);
        DefaultSeverity = defaultSeverity ?? rule.DefaultSeverity;
    }

    public RuleDescriptor Rule { get; }

    public string RuleId => Rule.Id;

    public SourceSpan Span { get; }

    public string Message { get; }

    /// <summary>A second place the finding refers to, e.g. the first definition of a duplicate key.</summary>
    public SourceSpan? RelatedSpan { get; }

    /// <summary>
    /// The JSON path of the node the rule reported (<c>mcpServers.github.env.GITHUB_TOKEN</c>); empty for findings about the
    /// whole file. Unlike the span it survives edits elsewhere in the file, so suppressions and baselines match on it.
    /// </summary>
    public string JsonPath { get; }

    /// <summary>The server the reported node belongs to, or <c>null</c> outside any server.</summary>
    public string? Server { get; }

    /// <summary>
    /// The severity when nothing is configured: the rule's, or a lower grade for a milder case of the same finding
    /// (a public <c>anon</c> key under MCPG101 is Info). Configuration for the rule's id overrides it like any default.
    /// </summary>
    public RuleSeverity DefaultSeverity { get; }

    public override string ToString() => $"{Span}: {Rule.Id}: {Message}";
}
