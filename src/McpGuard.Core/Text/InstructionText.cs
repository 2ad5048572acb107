using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using McpGuard.Internal;

namespace McpGuard.Text;

/// <summary>
/// Finds wording that addresses the model instead of describing a tool ("ignore previous instructions", "do not tell
/// the user", <c>&lt;IMPORTANT&gt;</c>, requests to read <c>~/.ssh</c> or send data elsewhere); the phrases are data
/// (<c>Data/instruction-phrases.json</c>). Works on any string and never throws; offsets refer to the string given,
/// whatever its case, spacing or hidden characters. Used by MCPG702 on configurations and by the C# analyzer on tool descriptions.
/// </summary>
public static class InstructionText
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMilliseconds(200);

    private static readonly Lazy<List<(Regex Pattern, string Reason)>> s_phrases = new(Load);

    /// <summary>Texts longer than this are cut: a description is short, and the regular expressions stay bounded.</summary>
    private const int MaxLength = 64 * 1024;

    public static IReadOnlyList<TextFinding> Find(string? text)
    {
        var findings = new List<TextFinding>();
        if (string.IsNullOrEmpty(text))
        {
            return findings;
        }

        var normalized = Normalize(text!, out var map);
        if (normalized.Length == 0)
        {
            return findings;
        }

        foreach (var (pattern, reason) in s_phrases.Value)
        {
            try
            {
                for (var match = pattern.Match(normalized); match.Success; match = match.NextMatch())
                {
                    if (match.Length == 0)
                    {
                        continue;
                    }

                    var start = map[match.Index];
                    var end = map[match.Index + match.Length - 1] + 1;
                    findings.Add(new TextFinding(start, end - start, reason));
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A pathological text: report nothing for this phrase rather than stall the build.
            }
        }

        findings.Sort((left, right) => left.Offset != right.Offset ? left.Offset.CompareTo(right.Offset) : right.Length.CompareTo(left.Length));
        return RemoveOverlaps(findings);
    }

    /// <summary>Lower case, whitespace runs as one space, hidden characters dropped; <paramref name="map"/> gives each character's offset in the original.</summary>
    private static string Normalize(string text, out int[] map)
    {
        var length = Math.Min(text.Length, MaxLength);
        var builder = new StringBuilder(length);
        var offsets = new List<int>(length);
        var hidden = HiddenContent.Find(text.Length > length ? text.Substring(0, length) : text);
        var nextHidden = 0;
        for (var i = 0; i < length; i++)
        {
            if (nextHidden < hidden.Count && i == hidden[nextHidden].Offset)
            {
                i += hidden[nextHidden++].Length - 1;
                continue;
            }

            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[builder.Length - 1] == ' ')
                {
                    continue;
                }

                c = ' ';
            }

            builder.Append(char.ToLowerInvariant(c));
            offsets.Add(i);
        }

        map = offsets.ToArray();
        return builder.ToString();
    }

    private static List<TextFinding> RemoveOverlaps(List<TextFinding> sorted)
    {
        var kept = new List<TextFinding>(sorted.Count);
        var end = -1;
        foreach (var finding in sorted)
        {
            if (finding.Offset >= end)
            {
                kept.Add(finding);
                end = finding.Offset + finding.Length;
            }
        }

        return kept;
    }

    private static List<(Regex, string)> Load()
    {
        using var data = EmbeddedData.Load("instruction-phrases.json");
        var phrases = new List<(Regex, string)>();
        foreach (var entry in data.RootElement.GetProperty("phrases").EnumerateArray())
        {
            var pattern = new Regex(entry.GetProperty("pattern").GetString()!, RegexOptions.CultureInvariant, s_timeout);
            phrases.Add((pattern, entry.GetProperty("reason").GetString()!));
        }

        return phrases;
    }
}
