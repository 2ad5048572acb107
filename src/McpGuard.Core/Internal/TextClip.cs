namespace McpGuard.Internal;

/// <summary>Shortens text for a message without splitting a surrogate pair (a lone surrogate cannot be written as UTF-8).</summary>
internal static class TextClip
{
    public static string Clip(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = maxLength - 3;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text.Substring(0, cut) + "...";
    }
}
