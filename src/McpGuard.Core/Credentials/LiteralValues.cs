using System;
using McpGuard.Internal;

namespace McpGuard.Credentials;

/// <summary>Whether a value under a credential name is a literal secret, rather than a reference, a placeholder or a setting.</summary>
internal static class LiteralValues
{
    public static bool IsLiteralSecret(string value)
    {
        var literal = VariableReferences.StripReferences(value).Trim();
        if (literal.Length < 4 || Placeholders.IsPlaceholder(literal) || IsBoolean(literal) || IsShortNumber(literal) || CredentialScanner.IsDocumentedSample(literal))
        {
            return false;
        }

        if (literal.Length != value.Trim().Length && IsOnlyScheme(literal))
        {
            // "Bearer ${TOKEN}": what is left is the scheme word, not a secret.
            return false;
        }

        return !LooksLikePath(literal) && !LooksLikePlainUrl(literal) && !LooksLikeEmail(literal) && !ConnectionStrings.HasNoSecret(literal);
    }

    private static bool IsBoolean(string value) =>
        value.Equals("true", StringComparison.OrdinalIgnoreCase) || value.Equals("false", StringComparison.OrdinalIgnoreCase)
        || value.Equals("yes", StringComparison.OrdinalIgnoreCase) || value.Equals("no", StringComparison.OrdinalIgnoreCase)
        || value.Equals("on", StringComparison.OrdinalIgnoreCase) || value.Equals("off", StringComparison.OrdinalIgnoreCase);

    private static bool IsShortNumber(string value)
    {
        if (value.Length > 8)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsOnlyScheme(string value)
    {
        foreach (var c in value)
        {
            if (!char.IsLetter(c) && c != ' ' && c != ':' && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Files a credential option names (<c>--key certs/server.pem</c>): MCPG107 judges those.</summary>
    private static readonly string[] s_fileExtensions = { ".pem", ".key", ".crt", ".cer", ".p12", ".pfx", ".jks", ".json", ".txt", ".env", ".yaml", ".yml", ".toml", ".ini", ".conf" };

    private static bool LooksLikePath(string value) =>
        (value.IndexOf(' ') < 0 && System.Array.Exists(s_fileExtensions, extension => value.EndsWith(extension, StringComparison.OrdinalIgnoreCase)))
        || LooksLikeRootedPath(value);

    private static bool LooksLikeRootedPath(string value) =>
        value.StartsWith("/", StringComparison.Ordinal) || value.StartsWith("./", StringComparison.Ordinal)
        || value.StartsWith("../", StringComparison.Ordinal) || value.StartsWith("~/", StringComparison.Ordinal)
        || value.StartsWith("file://", StringComparison.OrdinalIgnoreCase)
        || (value.Length > 2 && char.IsLetter(value[0]) && value[1] == ':' && (value[2] == '\\' || value[2] == '/'));

    /// <summary>A URL without userinfo or query: an endpoint, not a secret (MCPG103 judges URLs that carry credentials).</summary>
    private static bool LooksLikePlainUrl(string value)
    {
        var scheme = value.IndexOf("://", StringComparison.Ordinal);
        return scheme > 0 && value.IndexOf('@') < 0 && value.IndexOf('?') < 0 && value.IndexOf(' ') < 0;
    }

    private static bool LooksLikeEmail(string value)
    {
        var at = value.IndexOf('@');
        return at > 0 && at == value.LastIndexOf('@') && value.IndexOf('.', at) > at && value.IndexOf(' ') < 0 && value.IndexOf(':') < 0;
    }
}
