using System;
using System.Collections.Generic;
using McpGuard.Git;
using McpGuard.Model;
using McpGuard.Text;

namespace McpGuard.Rules;

/// <summary>What a rule across the repository sees: every readable document, in path order.</summary>
public sealed class RepositoryContext : ReportingContext
{
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

    private protected override McpDocument? FindDocument(SourceSpan span)
    {
        foreach (var document in Documents)
        {
            if (string.Equals(document.Path, span.Path, StringComparison.Ordinal))
            {
                return document;
            }
        }

        return null;
    }
}
