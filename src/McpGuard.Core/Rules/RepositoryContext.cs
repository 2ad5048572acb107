using System;
using System.Collections.Generic;
using McpGuard.Git;
using McpGuard.Model;
using McpGuard.Syntax;
using McpGuard.Text;

namespace McpGuard.Rules;

/// <summary>What a rule across the repository sees: every readable document, in path order.</summary>
public sealed class RepositoryContext : ReportingContext
{
    private readonly Dictionary<McpDocument, NodeIndex> _nodes = new();

    internal RepositoryContext(IReadOnlyList<McpDocument> documents, List<Finding> findings, GitIgnoreLookup ignores)
        : base(findings)
    {
        Documents = documents;
        Ignores = ignores;
    }

    public IReadOnlyList<McpDocument> Documents { get; }

    /// <summary>What the host knows about git-ignored files (as <see cref="RuleContext.Ignores"/>).</summary>
    public GitIgnoreLookup Ignores { get; }

    /// <summary>Whether a document is a personal file (<c>settings.local.json</c>) that git is known to ignore: one person's choice, not the team's.</summary>
    public bool IsIgnoredLocalFile(McpDocument document) =>
        document is not null && document.IsLocalOnly && Ignores.GetStatus(document.Path, document.Path) == GitIgnoreStatus.Ignored;

    private protected override JsonNode? FindNode(SourceSpan span, out McpDocument? document)
    {
        foreach (var candidate in Documents)
        {
            if (string.Equals(candidate.Path, span.Path, StringComparison.Ordinal))
            {
                document = candidate;
                if (!_nodes.TryGetValue(candidate, out var index))
                {
                    index = new NodeIndex(candidate.Root);
                    _nodes.Add(candidate, index);
                }

                return index.Find(span);
            }
        }

        document = null;
        return null;
    }
}
