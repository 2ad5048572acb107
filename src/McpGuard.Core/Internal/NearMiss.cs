using System;
using System.Collections.Generic;

namespace McpGuard.Internal;

/// <summary>"Did you mean": the closest known word within a small edit distance.</summary>
internal static class NearMiss
{
    public static string? Find(string word, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var allowed = word.Length <= 4 ? 1 : 2;
        var lowered = word.ToLowerInvariant();
        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Length - word.Length) > allowed)
            {
                continue;
            }

            var distance = Distance(lowered, candidate.ToLowerInvariant());
            if (distance <= allowed && distance < bestDistance && !string.Equals(word, candidate, StringComparison.Ordinal))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>
    /// Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps (three rows kept);
    /// <see cref="int.MaxValue"/> as soon as it is certain to exceed <paramref name="maximum"/>.
    /// </summary>
    internal static int Distance(string a, string b, int maximum = 3)
    {
        if (Math.Abs(a.Length - b.Length) > maximum)
        {
            return int.MaxValue;
        }

        var beforePrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], beforePrevious[j - 2] + 1);
                }
            }

            // A row's minimum never decreases two rows later (a swap looks back two rows), so stop when two rows exceed it.
            if (i > 1 && Minimum(current) > maximum && Minimum(previous) > maximum)
            {
                return int.MaxValue;
            }

            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }

        return previous[b.Length];
    }

    private static int Minimum(int[] row)
    {
        var minimum = int.MaxValue;
        foreach (var value in row)
        {
            minimum = Math.Min(minimum, value);
        }

        return minimum;
    }
}
