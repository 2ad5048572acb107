using System;
using System.Collections.Generic;
using McpGuard.Internal;
using McpGuard.Reporting;

namespace McpGuard.Credentials;

/// <summary>A literal credential of an <c>Authorization</c>-style header; <see cref="Display"/> is its redacted form.</summary>
internal sealed class AuthorizationValue
{
    public AuthorizationValue(string secret, string display)
    {
        Secret = secret;
        Display = display;
    }

    public string Secret { get; }

    /// <summary><c>Bearer ****[40 chars]</c>, <c>Basic ****[28 chars], a user name and password</c>.</summary>
    public string Display { get; }
}

/// <summary>Reads <c>Authorization</c> values (<c>Bearer x</c>, <c>Basic b64</c>, a bare token) and finds them inside free text.</summary>
internal static class AuthorizationValues
{
    private static readonly HashSet<string> s_schemes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Bearer", "Basic", "Token", "Bot", "ApiKey", "Api-Key", "SSWS", "Digest", "OAuth", "JWT", "Key",
    };

    private static readonly string[] s_freeTextSchemes = { "Bearer", "Basic" };

    public static bool IsAuthorizationName(string name) =>
        name.Equals("Authorization", StringComparison.OrdinalIgnoreCase) || name.Equals("Proxy-Authorization", StringComparison.OrdinalIgnoreCase);

    /// <summary>The literal credential of a header value, or <c>null</c> for a reference or placeholder (<c>Bearer ${TOKEN}</c>).</summary>
    public static AuthorizationValue? ParseHeader(string value)
    {
        var text = VariableReferences.CutReferences(value).Trim();
        var space = text.IndexOfAny(new[] { ' ', '\t' });
        var first = space < 0 ? text : text.Substring(0, space);
        return s_schemes.Contains(first)
            ? Judge(first, space < 0 ? string.Empty : text.Substring(space + 1).Trim())
            : Judge(string.Empty, text);
    }

    /// <summary><c>Bearer</c>/<c>Basic</c> credentials written into any text: a <c>--header</c> argument, an env value, a script.</summary>
    public static IEnumerable<AuthorizationValue> FindInText(string value)
    {
        var text = VariableReferences.CutReferences(CredentialScanner.Truncate(value));
        foreach (var scheme in s_freeTextSchemes)
        {
            for (var index = text.IndexOf(scheme, StringComparison.OrdinalIgnoreCase); index >= 0; index = text.IndexOf(scheme, index + scheme.Length, StringComparison.OrdinalIgnoreCase))
            {
                var start = index + scheme.Length;
                if ((index > 0 && char.IsLetterOrDigit(text[index - 1])) || start >= text.Length || text[start] != ' ')
                {
                    continue;
                }

                // In free text, "Basic" only counts when what follows decodes to user:password.
                var credential = ReadToken(text, start + 1);
                var basicPair = scheme != "Basic" || (Base64Text.TryDecode(credential, out var decoded) && decoded.IndexOf(':') > 0);
                if (credential.Length >= 8 && basicPair && LooksRandom(credential) && Judge(scheme, credential) is { } found)
                {
                    yield return found;
                }
            }
        }
    }

    private static AuthorizationValue? Judge(string scheme, string credential)
    {
        if (credential.Length < 4 || Placeholders.IsPlaceholder(credential) || CredentialScanner.IsDocumentedSample(credential))
        {
            return null;
        }

        var described = Redaction.MaskOpaque(credential);
        if (scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase) && Base64Text.TryDecode(credential, out var decoded))
        {
            // Basic is base64 of "user:password": judge the password, and never show the decoded text.
            var colon = decoded.IndexOf(':');
            if (colon >= 0 && UrlCredentials.Literal(decoded.Substring(colon + 1)) is null)
            {
                return null;
            }

            described += colon >= 0 ? ", a user name and password" : string.Empty;
        }

        return new AuthorizationValue(credential, scheme.Length == 0 ? described : scheme + " " + described);
    }

    private static string ReadToken(string text, int start)
    {
        var end = start;
        while (end < text.Length && end - start < 4096 && IsTokenChar(text[end]))
        {
            end++;
        }

        return text.Substring(start, end - start);
    }

    private static bool IsTokenChar(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '_' or '~' or '+' or '/' or '=' or '-';

    /// <summary>Prose ("Bearer authentication") has no digits; tokens have letters and digits or high entropy.</summary>
    private static bool LooksRandom(string value)
    {
        var letters = false;
        var digits = false;
        foreach (var c in value)
        {
            letters |= char.IsLetter(c);
            digits |= char.IsDigit(c);
        }

        return (letters && digits) || Entropy.Shannon(value) >= 4.0;
    }
}
