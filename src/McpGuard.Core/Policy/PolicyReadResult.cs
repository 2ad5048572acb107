using System.Collections.Generic;
using McpGuard.Rules;

namespace McpGuard.Policy;

/// <summary>The policy (when the file could be read) and the problems found in it.</summary>
public sealed class PolicyReadResult
{
    public PolicyReadResult(McpPolicy? policy, IReadOnlyList<Finding> problems)
    {
        Policy = policy;
        Problems = problems;
    }

    public McpPolicy? Policy { get; }

    public IReadOnlyList<Finding> Problems { get; }
}
