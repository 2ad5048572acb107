using System;
using System.Collections.Generic;
using McpGuard.Internal;
using McpGuard.Reporting;

namespace McpGuard.Credentials;

/// <summary>A credential written into a URL or a connection string.</summary>
internal sealed class UrlCredential
{
    public UrlCredential(string what, string secret, string redacted)
    {
        What = what;
        Secret = secret;
        Redacted = redacted;
    }

    /// <summary>"password", "secret query parameter 'api_key'", "connection-string password".</summary>
    public string What { get; }

    public string Secret { get; }

    /// <summary>The URL or connection string with every credential masked.</summary>
    public string Redacted { get; }
}

/// <summary>
/// Finds passwords in URL userinfo (<c>postgres://app:pw@db</c>, any scheme), secret-named query parameters
/// (<c>?api_key=…</c>) and ADO.NET-style <c>Password=</c> connection strings. Userinfo without a password (a Sentry
/// DSN), references and placeholders are not credentials.
/// </summary>
internal static class UrlCredentials
{
    private const int MaxUrlLength = 4096;

    public static IReadOnlyList<UrlCredential> Find(string value)
    {
        var found = new List<UrlCredential>();
        var text = CredentialScanner.Truncate(value);
        for (var index = text.IndexOf("://", StringComparison.Ordinal); index > 0 && found.Count < 16; index = text.IndexOf("://", index + 3, StringComparison.Ordinal))
        {
            var start = index;
            while (start > 0 && index - start < 32 && IsSchemeChar(text[start - 1]))
            {
                start--;
            }

            var end = index + 3;
            while (end < text.Length && end - start < MaxUrlLength && !IsUrlTerminator(text[end]))
            {
                end++;
            }

            if (start < index && char.IsLetter(text[start]))
            {
                AddUrl(text.Substring(start, end - start), found);
            }
        }

        ConnectionStrings.Find(text, found);
        return found;
    }

    /// <summary>What remains of a credential once references are cut out, or <c>null</c> when that is no credential.</summary>
    public static string? Literal(string value)
    {
        var literal = VariableReferences.StripReferences(value).Trim();
        return literal.Length == 0 || Placeholders.IsPlaceholder(literal) ? null : literal;
    }

    private static void AddUrl(string url, List<UrlCredential> found)
    {
        var authorityStart = url.IndexOf("://", StringComparison.Ordinal) + 3;
        var authorityEnd = url.IndexOfAny(new[] { '/', '?', '#' }, authorityStart);
        var authority = url.Substring(authorityStart, (authorityEnd < 0 ? url.Length : authorityEnd) - authorityStart);
        var at = authority.LastIndexOf('@');
        var colon = at < 0 ? -1 : authority.IndexOf(':');
        if (colon >= 0 && colon < at && Literal(authority.Substring(colon + 1, at - colon - 1)) is { } password)
        {
            found.Add(new UrlCredential("password", password, Redaction.RedactUrl(url)));
        }

        var query = url.IndexOf('?');
        if (query < 0)
        {
            return;
        }

        var fragment = url.IndexOf('#', query);
        var parameters = (fragment < 0 ? url.Substring(query + 1) : url.Substring(query + 1, fragment - query - 1)).Split('&');
        foreach (var parameter in parameters)
        {
            var equals = parameter.IndexOf('=');
            if (equals > 0 && IsSecretParameter(parameter.Substring(0, equals))
                && Literal(Uri.UnescapeDataString(parameter.Substring(equals + 1))) is { Length: >= 4 } secret)
            {
                found.Add(new UrlCredential($"secret query parameter '{parameter.Substring(0, equals)}'", secret, Redaction.RedactUrl(url)));
            }
        }
    }

    /// <summary>Credential names, plus the short ones query strings use (<c>key</c>, <c>sig</c> of Azure SAS URLs).</summary>
    private static bool IsSecretParameter(string name) =>
        CredentialNames.IsCredentialName(name)
        || name.Equals("key", StringComparison.OrdinalIgnoreCase) || name.Equals("sig", StringComparison.OrdinalIgnoreCase)
        || name.Equals("auth", StringComparison.OrdinalIgnoreCase) || name.Equals("signature", StringComparison.OrdinalIgnoreCase);

    private static bool IsSchemeChar(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '+' or '.' or '-';

    private static bool IsUrlTerminator(char c) => char.IsWhiteSpace(c) || c is '"' or '\'' or '<' or '>' or '`' or '\\';
}
