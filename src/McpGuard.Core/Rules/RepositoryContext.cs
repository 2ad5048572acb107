using System;
using System.Collections.Generic;
using McpGuard.Model;
using McpGuard.Text;

namespace McpGuard.Rules;

/// <summary>What a repository rule sees: every readable document, in path order.</summary>
public sealed class RepositoryContext
{
    private readonly List<Finding> _findings;

    internal RepositoryContext(IReadOnlyList<McpDocument> documents, List<Finding> findings)
    {
        Documents = documents;
        _findings = findings;
    }

    public IReadOnlyList<McpDocument> Documents { get; }

    public void Report(RuleDescriptor rule, SourceSpan span, SourceSpan? related, params object?[] arguments)
    {
        if (rule is null)
        {
            throw new ArgumentNullException(nameof(rule));
        }

        // As in RuleContext: the JSON path and server of the node at that span, for suppressions, baselines and SARIF.
        McpGuard.Syntax.JsonNode? node = null;
        McpDocument? owner = null;
        foreach (var document in Documents)
        {
            if (string.Equals(document.Path, span.Path, StringComparison.Ordinal))
            {
                owner = document;
                node = document.FindNode(span);
                break;
            }
        }

        var server = node is null ? null : owner!.FindServer(node)?.Name;
        _findings.Add(new Finding(rule, span, rule.FormatMessage(arguments), related, node?.GetPath(), server));
    }
}
