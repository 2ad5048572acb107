using System.Collections.Generic;
using System.Text.RegularExpressions;
using McpGuard.Internal;

namespace McpGuard.Credentials;

/// <summary>Finds known-format credentials in strings (MCPG101's engine, also used on defaults and nested values).</summary>
internal static class CredentialScanner
{
    /// <summary>A PEM key is about 3.3 KB; longer strings are data, and only their first part is examined.</summary>
    public const int MaxScannedLength = 64 * 1024;

    private const int MaxMatchesPerString = 16;

    public static string Truncate(string value) => value.Length > MaxScannedLength ? value.Substring(0, MaxScannedLength) : value;

    /// <summary>Every credential in the value, references cut out first; of overlapping matches the first pattern's wins.</summary>
    public static IReadOnlyList<CredentialMatch> FindAll(string value)
    {
        var matches = new List<CredentialMatch>();
        if (value.Length < 16)
        {
            return matches;
        }

        var text = VariableReferences.CutReferences(Truncate(value));
        var patterns = CredentialPattern.All;
        var candidates = CredentialPattern.KeywordIndex.FindCandidates(text.ToLowerInvariant());
        for (var index = 0; index < patterns.Count; index++)
        {
            var pattern = patterns[index];
            if (candidates[index])
            {
                AddMatches(pattern, text, matches);
            }

            if (matches.Count >= MaxMatchesPerString)
            {
                break;
            }
        }

        return matches;
    }

    /// <summary>The whole value has a known format but is a documented sample or a template (<c>AKIAIOSFODNN7EXAMPLE</c>, jwt.io's token).</summary>
    public static bool IsDocumentedSample(string value)
    {
        var text = value.Trim();
        if (text.Length < 16 || text.Length > MaxScannedLength)
        {
            return false;
        }

        var patterns = CredentialPattern.All;
        var candidates = CredentialPattern.KeywordIndex.FindCandidates(text.ToLowerInvariant());
        for (var index = 0; index < patterns.Count; index++)
        {
            var pattern = patterns[index];
            try
            {
                if (candidates[index] && pattern.Regex.Match(text) is { Success: true } match && match.Length == text.Length && Inspect(pattern, match) is null)
                {
                    return true;
                }
            }
            catch (RegexMatchTimeoutException)
            {
                return false;
            }
        }

        return false;
    }

    private static void AddMatches(CredentialPattern pattern, string text, List<CredentialMatch> matches)
    {
        try
        {
            for (var match = pattern.Regex.Match(text); match.Success && matches.Count < MaxMatchesPerString; match = match.NextMatch())
            {
                if (IsStandalone(text, match) && !Overlaps(matches, match) && Inspect(pattern, match) is { } found)
                {
                    matches.Add(found);
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // The input is deliberately not part of any message; a timed-out pattern simply finds nothing more.
        }
    }

    private static CredentialMatch? Inspect(CredentialPattern pattern, Match match)
    {
        var prefix = match.Groups["prefix"].Value;
        var randomPart = match.Value.Substring(prefix.Length);
        if (Placeholders.IsKnownExample(match.Value) || Placeholders.IsTemplateRandomPart(randomPart) || Entropy.Shannon(randomPart) < pattern.MinEntropy)
        {
            return null;
        }

        return pattern.Check == "jwt"
            ? JwtInspector.Inspect(pattern, match.Value, match.Index)
            : new CredentialMatch(pattern, match.Value, prefix, match.Index, severity: pattern.Severity);
    }

    /// <summary>Token boundaries: a match glued to more token characters is part of something else.</summary>
    private static bool IsStandalone(string value, Match match)
    {
        var end = match.Index + match.Length;
        return (match.Index == 0 || !IsTokenChar(value[match.Index - 1])) && (end == value.Length || !IsTokenChar(value[end]));
    }

    private static bool Overlaps(List<CredentialMatch> matches, Match match)
    {
        foreach (var existing in matches)
        {
            if (match.Index < existing.Index + existing.Secret.Length && existing.Index < match.Index + match.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTokenChar(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_';
}
