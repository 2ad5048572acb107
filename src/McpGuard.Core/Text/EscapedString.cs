using System.Globalization;

namespace McpGuard.Text;

/// <summary>
/// Maps offsets in a string's value to its spelling in the file when escapes make them differ. Control characters can
/// only be written escaped in JSON (<c>"docs\u001b[2K"</c>), so without this MCPG701 could only point at the whole string.
/// </summary>
internal static class EscapedString
{
    /// <summary>
    /// Walks the double-quoted one-line string at <paramref name="span"/> in <paramref name="source"/> and finds where
    /// the value's characters <paramref name="from"/> and <paramref name="to"/> are written (relative to the span's start).
    /// False when the file's spelling does not decode to <paramref name="value"/> character for character.
    /// </summary>
    public static bool TryMap(string source, SourceSpan span, string value, int from, int to, out int start, out int end)
    {
        start = end = -1;
        var first = span.Start.Offset;
        var last = span.End.Offset - 1;
        if (first < 0 || last >= source.Length || last <= first || source[first] != '"' || source[last] != '"')
        {
            return false;
        }

        var decoded = 0;
        var position = first + 1;
        while (position < last && decoded <= value.Length)
        {
            Mark(decoded, position - first, from, to, ref start, ref end);
            if (!TryStep(source, position, last, value, decoded, out var written, out var produced))
            {
                return false;
            }

            position += written;
            decoded += produced;
        }

        Mark(decoded, position - first, from, to, ref start, ref end);
        return position == last && decoded == value.Length && start >= 0 && end >= start;
    }

    private static void Mark(int decoded, int relative, int from, int to, ref int start, ref int end)
    {
        if (decoded == from)
        {
            start = relative;
        }

        if (decoded == to)
        {
            end = relative;
        }
    }

    /// <summary>One character or one escape: how many characters of the file it takes and how many of the value it makes.</summary>
    private static bool TryStep(string source, int position, int last, string value, int decoded, out int written, out int produced)
    {
        written = produced = 1;
        if (source[position] != '\\')
        {
            return decoded < value.Length && source[position] == value[decoded];
        }

        written = position + 1 >= last ? 0 : source[position + 1] switch
        {
            'u' => 6,
            'U' => 10,
            'x' => 4,
            _ => 2,
        };
        if (written == 0 || position + written > last)
        {
            return false;
        }

        return written == 2 ? decoded < value.Length : TryDecode(source.Substring(position + 2, written - 2), value, decoded, out produced);
    }

    /// <summary>A hexadecimal escape: whether it spells the value's next character(s), and how many UTF-16 characters it makes.</summary>
    private static bool TryDecode(string hex, string value, int decoded, out int produced)
    {
        produced = 1;
        if (!int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var codePoint))
        {
            return false;
        }

        // A \U escape above U+FFFF is a surrogate pair in the value; \u escapes of a pair come one half at a time.
        produced = codePoint > 0xFFFF ? 2 : 1;
        return decoded + produced <= value.Length
            && (produced == 1
                ? value[decoded] == codePoint
                : char.IsSurrogatePair(value[decoded], value[decoded + 1]) && char.ConvertToUtf32(value[decoded], value[decoded + 1]) == codePoint);
    }
}
