using System.Collections.Generic;

namespace McpGuard.Rules;

/// <summary>A check over one configuration document. Rules are pure: no I/O, no host types, no exceptions on odd shapes.</summary>
public abstract class McpRule
{
    public abstract IReadOnlyList<RuleDescriptor> SupportedRules { get; }

    public abstract void Analyze(RuleContext context);
}
