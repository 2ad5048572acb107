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
}
