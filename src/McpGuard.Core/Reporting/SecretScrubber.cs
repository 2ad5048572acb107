using System;
using System.Collections.Generic;
using System.Text;

namespace McpGuard.Reporting;

/// <summary>
/// Replaces every known secret (and its JSON-escaped spelling) in a text with a mask. Secrets are indexed by their
/// first characters, so a file with thousands of secrets and findings is scrubbed in linear time.
/// </summary>
public sealed class SecretScrubber
{
    private const int KeyLength = 4;

    /// <summary>Keyed by the first four characters packed into a long, so that looking up every position allocates nothing.</summary>
    private readonly Dictionary<long, List<KeyValuePair<string, string>>> _byStart = new();

    public SecretScrubber(IEnumerable<string> secrets)
    {
        foreach (var secret in new HashSet<string>(secrets, StringComparer.Ordinal))
        {
            if (secret.Length < KeyLength)
            {
                continue;
            }

            var mask = Redaction.MaskOpaque(secret);
            Add(secret, mask);
            var escaped = EscapeAsJson(secret);
            if (escaped != secret)
            {
                Add(escaped, mask);
            }

            // Messages are made inert before they are scrubbed: a secret holding a control character is spelled escaped.
            var inert = InertText.Escape(secret);
            if (inert != secret && inert != escaped)
            {
                Add(inert, mask);
            }
        }
    }

    public bool IsEmpty => _byStart.Count == 0;

    /// <summary>The text with each secret masked; the same instance when nothing had to change.</summary>
    public string Scrub(string text)
    {
        if (IsEmpty || text.Length < KeyLength)
        {
            return text;
        }

        StringBuilder? result = null;
        var copied = 0;
        for (var i = 0; i + KeyLength <= text.Length; i++)
        {
            if (!_byStart.TryGetValue(KeyAt(text, i), out var candidates) || Longest(text, i, candidates) is not { } found)
            {
                continue;
            }

            result ??= new StringBuilder(text.Length);
            result.Append(text, copied, i - copied).Append(found.Value);
            copied = i + found.Key.Length;
            i = copied - 1;
        }

        return result is null ? text : result.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>How the secret is spelled inside a JSON string in the file (quotes, backslashes and controls escaped).</summary>
    private static string EscapeAsJson(string value) =>
        value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n").Replace("\r", "\\r").Replace("\t", "\\t");

    private static KeyValuePair<string, string>? Longest(string text, int index, List<KeyValuePair<string, string>> candidates)
    {
        KeyValuePair<string, string>? best = null;
        foreach (var candidate in candidates)
        {
            if ((best is null || candidate.Key.Length > best.Value.Key.Length)
                && index + candidate.Key.Length <= text.Length
                && string.CompareOrdinal(text, index, candidate.Key, 0, candidate.Key.Length) == 0)
            {
                best = candidate;
            }
        }

        return best;
    }

    private static long KeyAt(string text, int index) =>
        ((long)text[index] << 48) | ((long)text[index + 1] << 32) | ((long)text[index + 2] << 16) | text[index + 3];

    private void Add(string secret, string mask)
    {
        var key = KeyAt(secret, 0);
        if (!_byStart.TryGetValue(key, out var list))
        {
            list = new List<KeyValuePair<string, string>>();
            _byStart[key] = list;
        }

        list.Add(new KeyValuePair<string, string>(secret, mask));
    }
}
