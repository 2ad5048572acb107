using System.Collections.Generic;

namespace McpGuard.Credentials;

/// <summary>
/// Which patterns' keywords occur in a text, found in one pass over it instead of one search per keyword: the pre-check
/// runs on every string of every file, and most strings are short. Keywords are indexed by their first character.
/// Written by hand: no package available here offers multi-string search for netstandard2.0, and this is 40 lines.
/// </summary>
internal sealed class CredentialKeywordIndex
{
    private const int AsciiCount = 128;

    private readonly List<KeyValuePair<string, int>>?[] _byAsciiStart = new List<KeyValuePair<string, int>>?[AsciiCount];
    private readonly Dictionary<char, List<KeyValuePair<string, int>>> _byOtherStart = new();
    private readonly int _patternCount;

    public CredentialKeywordIndex(IReadOnlyList<CredentialPattern> patterns)
    {
        _patternCount = patterns.Count;
        for (var index = 0; index < patterns.Count; index++)
        {
            foreach (var keyword in patterns[index].LowerCaseKeywords)
            {
                if (keyword.Length > 0)
                {
                    ListFor(keyword[0]).Add(new KeyValuePair<string, int>(keyword, index));
                }
            }
        }
    }

    /// <summary>For each pattern (by index), whether one of its keywords occurs in <paramref name="lowerCaseText"/>.</summary>
    public bool[] FindCandidates(string lowerCaseText)
    {
        var candidates = new bool[_patternCount];
        for (var position = 0; position < lowerCaseText.Length; position++)
        {
            var start = lowerCaseText[position];
            var keywords = start < AsciiCount ? _byAsciiStart[start] : _byOtherStart.TryGetValue(start, out var other) ? other : null;
            if (keywords is null)
            {
                continue;
            }

            foreach (var keyword in keywords)
            {
                if (!candidates[keyword.Value] && position + keyword.Key.Length <= lowerCaseText.Length
                    && string.CompareOrdinal(lowerCaseText, position, keyword.Key, 0, keyword.Key.Length) == 0)
                {
                    candidates[keyword.Value] = true;
                }
            }
        }

        return candidates;
    }

    private List<KeyValuePair<string, int>> ListFor(char start)
    {
        if (start < AsciiCount)
        {
            return _byAsciiStart[start] ??= new List<KeyValuePair<string, int>>();
        }

        if (!_byOtherStart.TryGetValue(start, out var list))
        {
            _byOtherStart[start] = list = new List<KeyValuePair<string, int>>();
        }

        return list;
    }
}
