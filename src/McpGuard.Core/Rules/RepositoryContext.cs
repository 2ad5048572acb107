using System;
using System.Collections.Generic;
using McpGuard.Model;
using McpGuard.Text;

namespace McpGuard.Rules;

/// <summary>What a repository rule sees: every readable document, in path order.</summary>
public sealed class RepositoryContext
{
    private readonly List<Finding> _findings;

    internal RepositoryContext(IReadOnlyList<McpDocument> documents, List<Finding> findings, McpGuard.Git.GitIgnoreLookup? ignores = null)
    {
        Documents = documents;
        _findings = findings;
        Ignores = ignores ?? McpGuard.Git.GitIgnoreLookup.Unknown;
    }

    public IReadOnlyList<McpDocument> Documents { get; }

    /// <summary>What the host knows about git-ignored files (as <see cref="RuleContext.Ignores"/>).</summary>
    public McpGuard.Git.GitIgnoreLookup Ignores { get; }

    /// <summary>Whether a document is a personal file (<c>settings.local.json</c>) that git is known to ignore: one person's choice, not the team's.</summary>
    public bool IsIgnoredLocalFile(McpDocument document) =>
        document is not null && document.IsLocalOnly && Ignores.GetStatus(document.Path, document.Path) == McpGuard.Git.GitIgnoreStatus.Ignored;

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
