using System.Collections.Generic;
using McpGuard.Advisories;
using McpGuard.Compose;
using McpGuard.Git;
using McpGuard.Policy;
using McpGuard.Rules;

namespace McpGuard;

/// <summary>
/// What a check knows besides the file itself. Every default means "the host cannot know": no git-ignore answers and no
/// Compose files (the analyzer in the IDE, unit tests), no policy, the shipped advisories.
/// </summary>
public sealed class CheckOptions
{
    public CheckOptions(GitIgnoreLookup? ignores = null, McpPolicy? policy = null, ComposeFileLookup? composeFiles = null, AdvisoryDatabase? advisories = null)
        : this(ignores, policy, composeFiles, advisories, RuleCatalog.Rules)
    {
    }

    private CheckOptions(GitIgnoreLookup? ignores, McpPolicy? policy, ComposeFileLookup? composeFiles, AdvisoryDatabase? advisories, IReadOnlyList<McpRule> rules)
    {
        Ignores = ignores ?? GitIgnoreLookup.Unknown;
        Policy = policy;
        ComposeFiles = composeFiles ?? ComposeFileLookup.Unknown;
        Advisories = advisories;
        Rules = rules;
    }

    public static CheckOptions Default { get; } = new();

    /// <summary>What the host knows about git-ignored files (MCPG107, MCPG606).</summary>
    public GitIgnoreLookup Ignores { get; }

    /// <summary>The repository's or organisation's policy (<c>mcpguard.json</c>); <c>null</c> when there is none.</summary>
    public McpPolicy? Policy { get; }

    /// <summary>The Compose files a <c>docker compose</c> launch reads.</summary>
    public ComposeFileLookup ComposeFiles { get; }

    /// <summary>The advisories MCPG204 checks; <c>null</c> for the shipped list, loaded on first use.</summary>
    public AdvisoryDatabase? Advisories { get; }

    /// <summary>The rules a check runs: <see cref="RuleCatalog.Rules"/>, and any a host added (<see cref="Scanning.ScanRequest.AddedRules"/>).</summary>
    internal IReadOnlyList<McpRule> Rules { get; }

    /// <summary>These options, running <paramref name="added"/> after the catalog's rules.</summary>
    internal CheckOptions WithAddedRules(IReadOnlyList<McpRule> added)
    {
        var rules = new List<McpRule>(RuleCatalog.Rules);
        rules.AddRange(added);
        return new CheckOptions(Ignores, Policy, ComposeFiles, Advisories, rules);
    }
}
