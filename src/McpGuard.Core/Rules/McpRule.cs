using System.Collections.Generic;

namespace McpGuard.Rules;

/// <summary>
/// A rule of McpGuard: the descriptors it reports, and its check of one document, of the whole repository, or both.
/// Rules are pure: no I/O, no host types, no exceptions on odd shapes. A rule that overrides neither is reported where
/// its evidence is: the readers (MCPG001, MCPG002), the scan (MCPG009-MCPG011) or the C# analyzers (MCPG703, MCPG8xx).
/// </summary>
public abstract class McpRule
{
    public abstract IReadOnlyList<RuleDescriptor> SupportedRules { get; }

    /// <summary>Checks one document.</summary>
    public virtual void Analyze(RuleContext context)
    {
    }

    /// <summary>Checks every document of the repository together; runs after every file was checked on its own.</summary>
    public virtual void AnalyzeRepository(RepositoryContext context)
    {
    }
}
