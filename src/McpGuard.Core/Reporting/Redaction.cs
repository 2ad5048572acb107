using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using McpGuard.Credentials;

namespace McpGuard.Reporting;

/// <summary>
/// The only ways a message may mention a secret: its documented constant prefix and its length
/// (<c>ghp_…[40 chars]</c>), a mask (<c>****[14 chars]</c>), or a URL with its password and query values masked.
/// </summary>
public static class Redaction
{
    public const string Mask = "****";

    /// <summary>Message-sized inputs finish in microseconds; the timeout only guards against a pathological message.</summary>
    private static readonly TimeSpan s_matchTimeout = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// <c>scheme://user:password@</c>: the password of a URL's user information, and any <c>:…@</c> later in the URL
    /// (a mangled URL can carry it after a path; masking too much only hides part of a name).
    /// </summary>
    private static readonly Regex s_urlPassword = new(
        @"(?<keep>[A-Za-z][A-Za-z0-9+.-]*://[^\s'""]*?:)[^\s/?#@:'""]+@",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        s_matchTimeout);

    /// <summary><c>Password=…;</c> in a connection string (ADO.NET, JDBC, ODBC spellings).</summary>
    private static readonly Regex s_connectionStringPassword = new(
        @"(?<keep>\b(?i:password|pwd)\s*=\s*)[^;'""\s]+",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        s_matchTimeout);

    /// <summary>Connection-string keys whose values are safe to show; every other value is masked.</summary>
    private static readonly HashSet<string> s_plainConnectionKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "server", "host", "data source", "address", "database", "initial catalog", "user id", "uid", "user", "username",
        "port", "dbname", "encrypt", "trustservercertificate", "sslmode", "timeout", "connect timeout", "application name",
    };

    public static string MaskWithPrefix(string secret, string prefix) =>
        prefix.Length > 0 && prefix.Length < secret.Length && secret.StartsWith(prefix, StringComparison.Ordinal)
            ? $"{prefix}\u2026[{secret.Length} chars]"
            : MaskOpaque(secret);

    public static string MaskOpaque(string secret) => $"{Mask}[{secret.Length} chars]";

    /// <summary><c>postgres://app:s3cret@db/x?token=abc</c> → <c>postgres://app:****@db/x?token=****</c>.</summary>
    public static string RedactUrl(string url)
    {
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        var authorityStart = schemeEnd < 0 ? 0 : schemeEnd + 3;
        var authorityEnd = IndexOfAny(url, authorityStart, '/', '?', '#');
        var authority = url.Substring(authorityStart, authorityEnd - authorityStart);
        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            var userInfo = authority.Substring(0, at);
            var colon = userInfo.IndexOf(':');
            var user = colon >= 0 ? userInfo.Substring(0, colon) + ":" + Mask : Mask;
            authority = user + authority.Substring(at);
        }

        var builder = new StringBuilder(url.Length);
        builder.Append(url, 0, authorityStart).Append(authority);
        var rest = url.Substring(authorityEnd);
        var query = rest.IndexOf('?');
        if (query < 0)
        {
            return builder.Append(rest).ToString();
        }

        builder.Append(rest, 0, query + 1);
        var fragment = rest.IndexOf('#', query);
        var queryText = fragment < 0 ? rest.Substring(query + 1) : rest.Substring(query + 1, fragment - query - 1);
        var parts = new List<string>();
        foreach (var parameter in queryText.Split('&'))
        {
            var equals = parameter.IndexOf('=');
            parts.Add(equals < 0 ? parameter : parameter.Substring(0, equals + 1) + Mask);
        }

        builder.Append(string.Join("&", parts));
        return fragment < 0 ? builder.ToString() : builder.Append(rest.Substring(fragment)).ToString();
    }

    /// <summary><c>Server=db;User Id=sa;Password=x</c> → <c>Server=db;User Id=sa;Password=****</c> (only known plain keys keep their values).</summary>
    public static string RedactConnectionString(string text)
    {
        var parts = text.Split(';');
        for (var i = 0; i < parts.Length; i++)
        {
            var equals = parts[i].IndexOf('=');
            if (equals > 0 && !s_plainConnectionKeys.Contains(parts[i].Substring(0, equals).Trim()))
            {
                parts[i] = parts[i].Substring(0, equals + 1) + Mask;
            }
        }

        return string.Join(";", parts);
    }

    /// <summary>
    /// Defence in depth for every message, whatever a rule or the reader put in it: known-format credentials (by their
    /// provider patterns), URL passwords and connection-string passwords are masked wherever they appear, also in
    /// names (a token pasted as a server name or a package argument) that no rule treats as a secret.
    /// </summary>
    public static string ScrubCredentials(string message)
    {
        try
        {
            var patterns = CredentialPattern.All;
            var candidates = CredentialPattern.KeywordIndex.FindCandidates(message.ToLowerInvariant());
            for (var index = 0; index < patterns.Count; index++)
            {
                var pattern = patterns[index];
                if (candidates[index])
                {
                    message = pattern.Regex.Replace(message, match => MaskWithPrefix(match.Value, match.Groups["prefix"].Value));
                }
            }

            if (message.IndexOf("://", StringComparison.Ordinal) >= 0)
            {
                message = s_urlPassword.Replace(message, match => match.Groups["keep"].Value + Mask + "@");
            }

            if (message.IndexOf("=", StringComparison.Ordinal) >= 0)
            {
                message = s_connectionStringPassword.Replace(message, match => match.Groups["keep"].Value + Mask);
            }

            return message;
        }
        catch (RegexMatchTimeoutException)
        {
            // A message that cannot be checked in time is not shown at all.
            return "(message withheld: it could not be checked for credentials)";
        }
    }

    /// <summary>Defence in depth: replaces every known secret (and its JSON-escaped form) in a message with a mask.</summary>
    public static string Scrub(string message, IEnumerable<string> secrets) => new SecretScrubber(secrets).Scrub(message);

    private static int IndexOfAny(string text, int start, params char[] characters)
    {
        var index = text.IndexOfAny(characters, start);
        return index < 0 ? text.Length : index;
    }
}
