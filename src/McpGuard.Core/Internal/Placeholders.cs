using System;
using System.Collections.Generic;
using System.Linq;

namespace McpGuard.Internal;

/// <summary>Recognises template values (<c>&lt;your-token&gt;</c>, <c>YOUR_API_KEY</c>, <c>xxxx</c>, <c>changeme</c>) that are not credentials.</summary>
internal static class Placeholders
{
    private static readonly Lazy<Lists> s_lists = new(LoadLists);

    /// <summary>Documented sample credentials (AWS's <c>AKIAIOSFODNN7EXAMPLE</c>, Stripe's test key, jwt.io's token).</summary>
    public static bool IsKnownExample(string value)
    {
        var lists = s_lists.Value;
        return lists.KnownExamples.Contains(value)
            || ContainsAny(value, lists.ExampleSuffixes, (text, part) => text.EndsWith(part, StringComparison.Ordinal))
            || ContainsAny(value, lists.KnownExampleParts, (text, part) => text.IndexOf(part, StringComparison.Ordinal) >= 0);
    }

    /// <summary>
    /// The random part of a prefixed token reads like a template (<c>YourTokenHere</c>), a mask or a sequence. Long parts
    /// (PEM bodies) only count as masks when obviously so: four x's occur by chance in a few kilobytes of base64.
    /// </summary>
    public static bool IsTemplateRandomPart(string randomPart)
    {
        if (randomPart.Length > 64)
        {
            return randomPart.IndexOf("...", StringComparison.Ordinal) >= 0 || randomPart.IndexOf("****", StringComparison.Ordinal) >= 0
                || randomPart.IndexOf("xxxxxxxx", StringComparison.OrdinalIgnoreCase) >= 0 || new HashSet<char>(randomPart).Count <= 3;
        }

        return LooksLikeMask(randomPart)
            || Entropy.IsSequential(randomPart)
            || ContainsAny(randomPart, s_lists.Value.RandomPartWords, (text, word) => text.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0);
    }

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

        // Random tokens split into short chunks at case changes ("xQmyZ" has "my"): only longer words count there.
        var lists = s_lists.Value;
        var minimumWord = LooksRandom(trimmed) ? 4 : 1;
        return lists.WholeValueWords.Contains(trimmed) || Entropy.IsSequential(trimmed)
            || Tokenize(trimmed).Any(token => token.Length >= minimumWord && lists.Words.Contains(token));
    }

    private static bool LooksRandom(string value) =>
        value.Length >= 16 && value.Any(char.IsDigit) && value.Any(char.IsLetter) && Entropy.Shannon(value) >= 3.5;

    private static bool ContainsAny(string value, string[] parts, Func<string, string, bool> test) => parts.Any(part => test(value, part));

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
        return new Lists
        {
            Words = new HashSet<string>(EmbeddedData.ReadStrings(root, "words"), StringComparer.OrdinalIgnoreCase),
            WholeValueWords = new HashSet<string>(EmbeddedData.ReadStrings(root, "wholeValueWords"), StringComparer.OrdinalIgnoreCase),
            KnownExamples = new HashSet<string>(EmbeddedData.ReadStrings(root, "knownExamples"), StringComparer.Ordinal),
            ExampleSuffixes = EmbeddedData.ReadStrings(root, "exampleSuffixes"),
            KnownExampleParts = EmbeddedData.ReadStrings(root, "knownExampleParts"),
            RandomPartWords = EmbeddedData.ReadStrings(root, "randomPartWords"),
        };
    }

    private sealed class Lists
    {
        public HashSet<string> Words { get; set; } = new();

        public HashSet<string> WholeValueWords { get; set; } = new();

        public HashSet<string> KnownExamples { get; set; } = new();

        public string[] ExampleSuffixes { get; set; } = Array.Empty<string>();

        public string[] KnownExampleParts { get; set; } = Array.Empty<string>();

        public string[] RandomPartWords { get; set; } = Array.Empty<string>();
    }
}
