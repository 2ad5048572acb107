using McpGuard.Reporting;
using McpGuard.Rules;

namespace McpGuard.Credentials;

/// <summary>A known-format credential found inside a string value.</summary>
internal sealed class CredentialMatch
{
    public CredentialMatch(CredentialPattern pattern, string secret, string prefix, int index, string? provider = null, RuleSeverity? severity = null)
    {
        Pattern = pattern;
        Secret = secret;
        Prefix = prefix;
        Index = index;
        Provider = provider ?? pattern.Provider;
        Severity = severity;
    }

    public CredentialPattern Pattern { get; }

    /// <summary>The matched credential; never put it in a message, use <see cref="Redacted"/>.</summary>
    public string Secret { get; }

    /// <summary>The documented constant part of the format (<c>ghp_</c>, <c>AKIA</c>), safe to show.</summary>
    public string Prefix { get; }

    /// <summary>Where the match starts in the scanned text.</summary>
    public int Index { get; }

    /// <summary>What it is, e.g. "GitHub personal access token"; a JWT's role refines it.</summary>
    public string Provider { get; }

    /// <summary>A default severity other than the rule's, e.g. Info for a public (anon) client key.</summary>
    public RuleSeverity? Severity { get; }

    public string Redacted => Redaction.MaskWithPrefix(Secret, Prefix);
}
