using System.Collections.Generic;
using System.Text.RegularExpressions;
using McpGuard.Internal;
using McpGuard.Model;
using McpGuard.Syntax;

namespace McpGuard.Rules.Credentials;

/// <summary>Finds known-format credentials in every string of a document (first match per string).</summary>
internal static class CredentialScanner
{
    /// <summary>A PEM key is about 3.3 KB; longer strings are data, and only their first part is examined.</summary>
    private const int MaxScannedLength = 64 * 1024;

    public static IReadOnlyDictionary<JsonStringNode, CredentialMatch> Scan(McpDocument document)
    {
        var matches = new Dictionary<JsonStringNode, CredentialMatch>();
        foreach (var text in document.EnumerateStrings())
        {
            if (FindFirst(text.Value) is { } match)
            {
                matches[text] = match;
            }
        }

        return matches;
    }

    public static CredentialMatch? FindFirst(string value)
    {
        if (value.Length < 16)
        {
            return null;
        }

        var scanned = value.Length > MaxScannedLength ? value.Substring(0, MaxScannedLength) : value;
        foreach (var pattern in CredentialPattern.All)
        {
            if (!pattern.MayMatch(scanned))
            {
                continue;
            }

            try
            {
                for (var match = pattern.Regex.Match(scanned); match.Success; match = match.NextMatch())
                {
                    if (IsStandalone(scanned, match) && IsCredentialLike(pattern, match))
                    {
                        return new CredentialMatch(pattern, match.Value, match.Groups["prefix"].Value);
                    }
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // The input is deliberately not part of any message; a timed-out pattern simply finds nothing.
            }
        }

        return null;
    }

    /// <summary>Token boundaries: a match glued to more token characters is part of something else.</summary>
    private static bool IsStandalone(string value, Match match)
    {
        var end = match.Index + match.Length;
        return (match.Index == 0 || !IsTokenChar(value[match.Index - 1])) && (end == value.Length || !IsTokenChar(value[end]));
    }

    private static bool IsTokenChar(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_';

    private static bool IsCredentialLike(CredentialPattern pattern, Match match)
    {
        var randomPart = match.Value.Substring(match.Groups["prefix"].Length);
        return !Placeholders.IsKnownExample(match.Value)
            && !Placeholders.LooksLikeMask(randomPart)
            && Entropy.Shannon(randomPart) >= pattern.MinEntropy;
    }
}
