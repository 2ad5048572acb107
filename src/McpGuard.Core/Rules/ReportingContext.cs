using System;
using System.Collections.Generic;
using McpGuard.Model;
using McpGuard.Syntax;
using McpGuard.Text;

namespace McpGuard.Rules;

/// <summary>Where a rule reports: one way for rules over one document and rules over the whole repository alike.</summary>
public abstract class ReportingContext
{
    private readonly List<Finding> _findings;

    private protected ReportingContext(List<Finding> findings) => _findings = findings;

    /// <summary>
    /// Reports a finding at <paramref name="span"/> (a node's, or a part of one: a character inside a string). The JSON path
    /// and server come from the innermost node there, so rules say where, never how to name it. A milder or graver case of
    /// a rule reports <see cref="RuleDescriptor.WithSeverity"/>.
    /// </summary>
    public void Report(RuleDescriptor rule, SourceSpan span, params object?[] arguments) => Add(rule, span, null, arguments);

    /// <summary>As <see cref="Report(RuleDescriptor, SourceSpan, object?[])"/>, with a second place the finding refers to (an earlier definition).</summary>
    public void Report(RuleDescriptor rule, SourceSpan span, SourceSpan related, params object?[] arguments) => Add(rule, span, related, arguments);

    /// <summary>The document <paramref name="span"/> is in, if this context holds it, and the node there.</summary>
    private protected abstract JsonNode? FindNode(SourceSpan span, out McpDocument? document);

    private void Add(RuleDescriptor rule, SourceSpan span, SourceSpan? related, object?[] arguments)
    {
        if (rule is null)
        {
            throw new ArgumentNullException(nameof(rule));
        }

        var node = FindNode(span, out var document);
        var server = node is null ? null : document!.FindServer(node)?.Name;
        _findings.Add(new Finding(rule, span, rule.FormatMessage(arguments), related, node?.GetPath(), server));
    }
}
