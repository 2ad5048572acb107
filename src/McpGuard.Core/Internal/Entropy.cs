using System;
using System.Collections.Generic;

namespace McpGuard.Internal;

/// <summary>Shannon entropy in bits per character: random tokens score above 3, words and masks below.</summary>
internal static class Entropy
{
    public static double Shannon(string value)
    {
        if (value.Length == 0)
        {
            return 0;
        }

        var counts = new Dictionary<char, int>();
        foreach (var c in value)
        {
            counts[c] = counts.TryGetValue(c, out var n) ? n + 1 : 1;
        }

        var entropy = 0.0;
        foreach (var count in counts.Values)
        {
            var p = (double)count / value.Length;
            entropy -= p * Math.Log(p, 2);
        }

        return entropy;
    }

    /// <summary>Six or more consecutive ascending characters (<c>abcdef</c>, <c>123456</c>) do not occur in random tokens.</summary>
    public static bool IsSequential(string value)
    {
        var run = 1;
        for (var i = 1; i < value.Length; i++)
        {
            run = char.IsLetterOrDigit(value[i]) && char.ToLowerInvariant(value[i]) == char.ToLowerInvariant(value[i - 1]) + 1 ? run + 1 : 1;
            if (run >= 6)
            {
                return true;
            }
        }

        return false;
    }
}
