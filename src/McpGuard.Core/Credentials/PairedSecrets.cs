using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using McpGuard.Internal;
using McpGuard.Syntax;

namespace McpGuard.Credentials;

/// <summary>Secrets without a marker of their own (AWS secret keys), recognised next to their identifier or under their usual name.</summary>
internal static class PairedSecrets
{
    /// <summary>The paired secrets among the string properties of <paramref name="owner"/>.</summary>
    public static IEnumerable<KeyValuePair<JsonStringNode, CredentialMatch>> Find(JsonObjectNode owner, ISet<string> patternsInObject)
    {
        foreach (var pattern in CredentialPattern.Paired)
        {
            foreach (var property in owner.Properties)
            {
                if (property.Value is not JsonStringNode text
                    || !(patternsInObject.Contains(pattern.PairedWith ?? string.Empty) || NameMatches(pattern, property.Name))
                    || !Matches(pattern.Regex, text.Value)
                    || Placeholders.IsKnownExample(text.Value)
                    || Placeholders.IsTemplateRandomPart(text.Value)
                    || Entropy.Shannon(text.Value) < pattern.MinEntropy
                    || IsHex(text.Value))
                {
                    continue;
                }

                yield return new KeyValuePair<JsonStringNode, CredentialMatch>(text, new CredentialMatch(pattern, text.Value, string.Empty, 0));
            }
        }
    }

    private static bool NameMatches(CredentialPattern pattern, string name)
    {
        var canonical = string.Join("_", CredentialNames.Tokenize(name));
        foreach (var part in pattern.Names)
        {
            if (canonical.IndexOf(part, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(Regex regex, string value)
    {
        try
        {
            return value.Length <= 256 && regex.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>40 hex characters are a commit or file hash far more often than an AWS secret.</summary>
    private static bool IsHex(string value)
    {
        foreach (var c in value)
        {
            if (c is not ((>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F')))
            {
                return false;
            }
        }

        return true;
    }
}
