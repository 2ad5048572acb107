using System;

namespace McpGuard.Permissions;

/// <summary>
/// Claude Code's Bash command patterns: <c>*</c> matches any run of characters (spaces included), and a pattern ending in
/// <c> *</c> also matches the bare command (<c>git *</c> matches <c>git</c>). Linear-time matching, no regular expressions.
/// </summary>
public static class CommandPattern
{
    /// <summary>Longer patterns are not real rules; refusing them keeps the backtracking match cheap on hostile input.</summary>
    private const int MaxLength = 4096;

    /// <summary>Whether <paramref name="pattern"/> matches the command line <paramref name="command"/>.</summary>
    public static bool Matches(string pattern, string command)
    {
        if (pattern is null || command is null || pattern.Length > MaxLength || command.Length > MaxLength)
        {
            return false;
        }

        if (Glob(pattern, command))
        {
            return true;
        }

        return pattern.EndsWith(" *", StringComparison.Ordinal) && string.Equals(pattern.Substring(0, pattern.Length - 2).TrimEnd(), command.Trim(), StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether every command that <paramref name="covered"/> matches is also matched by <paramref name="covering"/>: the
    /// covering pattern matches the covered one read literally (its <c>*</c> as text), which its own <c>*</c> can absorb.
    /// </summary>
    public static bool Covers(string covering, string covered) => Matches(covering, covered);

    private static bool Glob(string pattern, string text)
    {
        int p = 0, t = 0, star = -1, resume = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = t;
            }
            else if (p < pattern.Length && pattern[p] == text[t])
            {
                p++;
                t++;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
