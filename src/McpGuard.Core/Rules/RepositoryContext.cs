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

        _findings.Add(new Finding(rule, span, rule.FormatMessage(arguments), related));
    }
}
