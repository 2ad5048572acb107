using System.Globalization;
using System.Text;

namespace McpGuard.Reporting;

/// <summary>
/// Makes text a configuration controls inert before it is shown: every character that a terminal, an editor or a
/// viewer would act on instead of display (C0 and C1 controls, DEL, bidirectional controls, zero-width and other
/// invisible format characters, line and paragraph separators, variation selectors, tag characters, unpaired
/// surrogates) becomes a visible escape (<c>\u001B</c>, <c>\u202E</c>, <c>\U000E0041</c>). Everything else stays as
/// it is, non-Latin letters included. Applied by <see cref="Rules.Finding"/> and <see cref="Scanning.ReportedFinding"/>
/// to every message, JSON path and server name, so that no rule can forget it; a hostile name cannot erase or overwrite
/// a warning on the screen, set the terminal title or reorder the text of a message.
/// </summary>
public static class InertText
{
    /// <summary>The text with every such character escaped; the same instance when there is none.</summary>
    public static string Escape(string text)
    {
        if (text is null || IndexOfActive(text) is not int first)
        {
            return text!;
        }

        var builder = new StringBuilder(text.Length + 16).Append(text, 0, first);
        var index = first;
        while (index < text.Length)
        {
            index += Append(builder, text, index);
        }

        return builder.ToString();
    }

    /// <summary>Whether the text holds any character <see cref="Escape"/> would change.</summary>
    public static bool IsInert(string? text) => text is null || IndexOfActive(text) is null;

    /// <summary>Whether a code point is one a display acts on or hides rather than shows.</summary>
    public static bool IsActive(int codePoint) => codePoint switch
    {
        < 0x20 => true,
        >= 0x7F and <= 0x9F => true,
        < 0xA0 => false,
        0x00AD or 0x034F or 0x061C or 0x06DD or 0x070F or 0x08E2 or 0x115F or 0x1160 or 0x17B4 or 0x17B5 => true,
        >= 0x0600 and <= 0x0605 => true,
        >= 0x0890 and <= 0x0891 => true,
        >= 0x180B and <= 0x180F => true,
        >= 0x200B and <= 0x200F => true,
        >= 0x2028 and <= 0x202E => true,
        >= 0x2060 and <= 0x206F => true,
        0x3164 or 0xFEFF or 0xFFA0 => true,
        >= 0xFE00 and <= 0xFE0F => true,
        >= 0xFFF9 and <= 0xFFFB => true,
        0x110BD or 0x110CD => true,
        >= 0x13430 and <= 0x1343F => true,
        >= 0x1BCA0 and <= 0x1BCA3 => true,
        >= 0x1D173 and <= 0x1D17A => true,
        >= 0xE0000 and <= 0xE007F => true,
        >= 0xE0100 and <= 0xE01EF => true,
        _ => false,
    };

    /// <summary>Appends the character (or surrogate pair) at <paramref name="index"/>, escaped when active; returns its length.</summary>
    private static int Append(StringBuilder builder, string text, int index)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            var codePoint = char.ConvertToUtf32(c, text[index + 1]);
            if (IsActive(codePoint))
            {
                builder.Append("\\U").Append(codePoint.ToString("X8", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c).Append(text[index + 1]);
            }

            return 2;
        }

        if (char.IsSurrogate(c) || IsActive(c))
        {
            builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }
        else
        {
            builder.Append(c);
        }

        return 1;
    }

    private static int? IndexOfActive(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= 0x20 && c < 0x7F)
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (IsActive(char.ConvertToUtf32(c, text[i + 1])))
                {
                    return i;
                }

                i++;
            }
            else if (char.IsSurrogate(c) || IsActive(c))
            {
                return i;
            }
        }

        return null;
    }
}
