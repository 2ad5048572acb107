using System.Collections.Generic;

namespace McpGuard.Text;

/// <summary>
/// Finds characters a reader does not see but a model does: zero-width characters, bidirectional controls (Trojan
/// Source, CVE-2021-42574) and Unicode tag characters (U+E0000–U+E007F, which can spell out a whole hidden instruction).
/// Works on any string, never throws; runs of the same kind are one finding. Used by MCPG701 on configurations and by
/// the C# analyzer on tool descriptions.
/// </summary>
public static class HiddenContent
{
    public const string ZeroWidth = "zero-width characters";
    public const string Bidirectional = "bidirectional control characters";
    public const string Tags = "Unicode tag characters (invisible text)";
    public const string Invisible = "invisible formatting characters";
    public const string Controls = "control characters";

    /// <summary>The hidden characters of a text; C0/C1 control characters only when <paramref name="controls"/> asks for them.</summary>
    public static IReadOnlyList<TextFinding> Find(string? text, ControlCharacters controls = ControlCharacters.Ignored)
    {
        var findings = new List<TextFinding>();
        if (string.IsNullOrEmpty(text))
        {
            return findings;
        }

        var i = 0;
        while (i < text!.Length)
        {
            var kind = Classify(text, i, controls, out var width);
            if (kind is null)
            {
                i++;
                continue;
            }

            var start = i;
            i += width;
            while (i < text.Length && Classify(text, i, controls, out var next) == kind)
            {
                i += next;
            }

            // Tags after the black flag U+1F3F4 spell a subdivision flag (England, Scotland, Wales): an emoji, not hidden text.
            var flag = kind == Tags && start >= 2 && text[start - 2] == '\uD83C' && text[start - 1] == '\uDFF4';
            if (!flag)
            {
                findings.Add(new TextFinding(start, i - start, kind));
            }
        }

        return findings;
    }

    /// <summary>Whether the string holds any hidden character (cheaper than <see cref="Find"/> when nothing is there).</summary>
    public static bool Contains(string? text, ControlCharacters controls = ControlCharacters.Ignored)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        for (var i = 0; i < text!.Length; i++)
        {
            if (Classify(text, i, controls, out _) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static string? Classify(string text, int index, ControlCharacters controls, out int width)
    {
        width = 1;
        var c = text[index];
        if (c < '\u00AD')
        {
            return controls != ControlCharacters.Ignored && IsControl(text, index, controls) ? Controls : null;
        }

        switch (c)
        {
            case '\u200B':
            case '\u2060':
            case '\u180E':
                return ZeroWidth;
            case '\uFEFF':
                // A byte order mark at the very start is an encoding artefact, not content.
                return index == 0 ? null : ZeroWidth;
            case '\u200C':
            case '\u200D':
                // Joiners are part of emoji sequences and of Persian/Indic writing: only report them between ASCII characters.
                return IsJoinerInText(text, index) ? null : ZeroWidth;
            case '\u200E':
            case '\u200F':
            case '\u061C':
                return Bidirectional;
            case '\u00AD':
            case '\u2061':
            case '\u2062':
            case '\u2063':
            case '\u2064':
            case '\u115F':
            case '\u1160':
            case '\u3164':
            case '\uFFA0':
                return Invisible;
        }

        if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069'))
        {
            return Bidirectional;
        }

        // Tags U+E0000–U+E007F are the surrogate pair DB40, DC00–DC7F.
        if (c == '\uDB40' && index + 1 < text.Length && text[index + 1] >= '\uDC00' && text[index + 1] <= '\uDC7F')
        {
            width = 2;
            return Tags;
        }

        return null;
    }

    /// <summary>C0 controls, DEL and C1 controls; tab, line feed and CR LF are text in a value that may span lines.</summary>
    private static bool IsControl(string text, int index, ControlCharacters controls)
    {
        var c = text[index];
        if (c >= ' ' && c < '\u007F')
        {
            return false;
        }

        if (c > '\u009F')
        {
            return false;
        }

        var lineBreak = c is '\t' or '\n' || (c == '\r' && index + 1 < text.Length && text[index + 1] == '\n');
        return !(lineBreak && controls == ControlCharacters.ExceptLineBreaks);
    }

    private static bool IsJoinerInText(string text, int index)
    {
        var before = index > 0 ? text[index - 1] : ' ';
        var after = index + 1 < text.Length ? text[index + 1] : ' ';
        return !(before < 0x80 && after < 0x80);
    }
}
