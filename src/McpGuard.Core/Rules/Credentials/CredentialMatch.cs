namespace McpGuard.Rules.Credentials;

/// <summary>A known-format credential found inside a string value.</summary>
internal sealed class CredentialMatch
{
    public CredentialMatch(CredentialPattern pattern, string secret, string prefix)
    {
        Pattern = pattern;
        Secret = secret;
        Prefix = prefix;
    }

    public CredentialPattern Pattern { get; }

    /// <summary>The matched credential; never put it in a message, use <see cref="Redacted"/>.</summary>
    public string Secret { get; }

    /// <summary>The documented constant part of the format (<c>ghp_</c>, <c>AKIA</c>), safe to show.</summary>
    public string Prefix { get; }

    public string Redacted => McpGuard.Reporting.Redaction.MaskWithPrefix(Secret, Prefix);
}
