using System;
using System.Collections.Generic;

namespace McpGuard.Policy;

/// <summary>
/// An organisation's rules for MCP servers (<c>mcpguard.json</c>): which servers are approved, which remote hosts are
/// trusted, and extra credential names. A list the policy leaves out is <c>null</c>, and the rule that needs it stays silent.
/// </summary>
public sealed class McpPolicy
{
    public McpPolicy(string path, IReadOnlyList<ApprovedServer>? approvedServers, IReadOnlyList<string>? trustedHosts, IReadOnlyList<string> credentialNamePatterns)
    {
        Path = path;
        ApprovedServers = approvedServers;
        TrustedHosts = trustedHosts;
        CredentialNamePatterns = credentialNamePatterns;
    }

    /// <summary>The policy's file name when nothing names another one: at the repository root.</summary>
    public const string DefaultFileName = "mcpguard.json";

    public string Path { get; }

    /// <summary><c>approvedServers</c> (MCPG205); <c>null</c> when the policy has no such list.</summary>
    public IReadOnlyList<ApprovedServer>? ApprovedServers { get; }

    /// <summary><c>trustedHosts</c> (MCPG402, and feeds for MCPG203); <c>null</c> when the policy has no such list.</summary>
    public IReadOnlyList<string>? TrustedHosts { get; }

    /// <summary><c>credentialNamePatterns</c>: extra variable and header names that hold credentials (MCPG102), <c>*</c> wildcards.</summary>
    public IReadOnlyList<string> CredentialNamePatterns { get; }

    /// <summary>Whether a variable or header name matches one of <see cref="CredentialNamePatterns"/> (case-insensitive, <c>*</c> matches any run).</summary>
    public bool IsCredentialName(string name)
    {
        foreach (var pattern in CredentialNamePatterns)
        {
            if (Wildcard.Matches(pattern, name))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsTrustedHost(string host)
    {
        foreach (var pattern in TrustedHosts ?? Array.Empty<string>())
        {
            if (HostPattern.Matches(pattern, host))
            {
                return true;
            }
        }

        return false;
    }
}
