using System.Collections.Generic;

namespace McpGuard.Rules;

/// <summary>A check across every configuration file of a repository (the same server in two files, scopes that shadow each other).</summary>
public abstract class RepositoryRule
{
    public abstract IReadOnlyList<RuleDescriptor> SupportedRules { get; }

    public abstract void Analyze(RepositoryContext context);
}
