using System;
using System.Collections.Generic;

namespace McpGuard.Internal;

/// <summary>Recognises template values (<c>&lt;your-token&gt;</c>, <c>YOUR_API_KEY</c>, <c>xxxx</c>, <c>changeme</c>) that are not credentials.</summary>
internal static class Placeholders
{
    private static readonly Lazy<Lists> s_lists = new(LoadLists);

    /// <summary>Documented sample credentials (AWS's <c>AKIAIOSFODNN7EXAMPLE</c>, Stripe's test key).</summary>
    public static bool IsKnownExample(string value) => s_lists.Value.KnownExamples.Contains(value);

    /// <summary>Masks and filler: runs of <c>*</c>, <c>x</c>, <c>0</c>, ellipses, or almost no distinct characters.</summary>
    public static bool LooksLikeMask(string value)
    {
        if (value.IndexOf("...", StringComparison.Ordinal) >= 0 || value.IndexOf('\u2026') >= 0 || value.IndexOf("***", StringComparison.Ordinal) >= 0)
        {
            return true;
        }

        if (value.IndexOf("xxxx", StringComparison.OrdinalIgnoreCase) >= 0 || value.IndexOf("0000", StringComparison.Ordinal) >= 0)
        {
            return true;
        }

        var distinct = new HashSet<char>(value);
        return distinct.Count <= 3;
    }

    /// <summary>The whole value is a stand-in for a credential the user fills in.</summary>
    public static bool IsPlaceholder(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 0 || IsKnownExample(trimmed) || LooksLikeMask(trimmed) || IsWrapped(trimmed))
        {
            return true;
        }

        var lists = s_lists.Value;
        if (lists.WholeValueWords.Contains(trimmed))
        {
            return true;
        }

        foreach (var token in Tokenize(trimmed))
        {
            if (lists.Words.Contains(token))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWrapped(string value) =>
        (value[0] == '<' && value[value.Length - 1] == '>')
        || (value[0] == '[' && value[value.Length - 1] == ']')
        || (value[0] == '{' && value[value.Length - 1] == '}')
        || (value.StartsWith("__", StringComparison.Ordinal) && value.EndsWith("__", StringComparison.Ordinal) && value.Length > 4);

    /// <summary>Splits on separators and lower/upper-case boundaries: <c>yourApiKeyHere</c> → your, api, key, here.</summary>
    private static IEnumerable<string> Tokenize(string value)
    {
        var start = 0;
        for (var i = 1; i <= value.Length; i++)
        {
            var boundary = i == value.Length
                || !char.IsLetterOrDigit(value[i])
                || (char.IsUpper(value[i]) && char.IsLower(value[i - 1]));
            if (!boundary)
            {
                continue;
            }

            var firstLetter = char.IsLetterOrDigit(value[start]) ? start : start + 1;
            if (i > firstLetter)
            {
                yield return value.Substring(firstLetter, i - firstLetter).ToLowerInvariant();
            }

            start = i;
        }
    }

    private static Lists LoadLists()
    {
        using var data = EmbeddedData.Load("placeholders.json");
        var root = data.RootElement;
        return new Lists(
            new HashSet<string>(EmbeddedData.ReadStrings(root, "words"), StringComparer.OrdinalIgnoreCase),
            new HashSet<string>(EmbeddedData.ReadStrings(root, "wholeValueWords"), StringComparer.OrdinalIgnoreCase),
            new HashSet<string>(EmbeddedData.ReadStrings(root, "knownExamples"), StringComparer.Ordinal));
    }

    private sealed class Lists
    {
        public Lists(HashSet<string> words, HashSet<string> wholeValueWords, HashSet<string> knownExamples)
        {
            Words = words;
            WholeValueWords = wholeValueWords;
            KnownExamples = knownExamples;
        }

        public HashSet<string> Words { get; }

        public HashSet<string> WholeValueWords { get; }

        public HashSet<string> KnownExamples { get; }
    }
}
