using McpGuard.Syntax;
using McpGuard.Rules;

namespace McpGuard.Credentials;

/// <summary>A credential one search found in one string value, not yet reported (see <see cref="Rules.Credentials.FindCredentialsRule"/>).</summary>
internal sealed class CredentialHit
{
    private readonly string _comparable;

    public CredentialHit(RuleDescriptor rule, JsonStringNode node, string secret, object?[] arguments)
    {
        Rule = rule;
        Node = node;
        Secret = secret.Trim();
        _comparable = Unescape(Secret);
        Arguments = arguments;
    }

    /// <summary>The rule, at the severity of this case (<see cref="RuleDescriptor.WithSeverity"/>).</summary>
    public RuleDescriptor Rule { get; }

    /// <summary>The JSON string the credential is in; the finding spans it.</summary>
    public JsonStringNode Node { get; }

    /// <summary>The credential itself: registered for scrubbing, never formatted into a message.</summary>
    public string Secret { get; }

    /// <summary>The message arguments, already redacted.</summary>
    public object?[] Arguments { get; }

    /// <summary>
    /// Two hits describe one credential when they are in the same string and one secret contains the other; a secret
    /// read from JSON held in the string is compared with JSON escapes decoded.
    /// </summary>
    public bool Overlaps(CredentialHit other) =>
        ReferenceEquals(Node, other.Node)
        && (_comparable.IndexOf(other._comparable, System.StringComparison.Ordinal) >= 0 || other._comparable.IndexOf(_comparable, System.StringComparison.Ordinal) >= 0);

    private static string Unescape(string value) =>
        value.IndexOf('\\') < 0 ? value : value.Replace("\\n", "\n").Replace("\\r", "\r").Replace("\\t", "\t").Replace("\\\"", "\"").Replace("\\/", "/").Replace("\\\\", "\\");
}
