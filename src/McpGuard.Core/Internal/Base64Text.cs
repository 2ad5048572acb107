using System;
using System.Text;

namespace McpGuard.Internal;

/// <summary>Decodes base64 that carries text: JWT parts and <c>Basic</c> credentials. Never throws.</summary>
internal static class Base64Text
{
    private static readonly Encoding s_strictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Standard or URL-safe alphabet, padding optional; false unless the bytes are printable UTF-8 text.</summary>
    public static bool TryDecode(string value, out string text)
    {
        text = string.Empty;
        if (value.Length == 0 || value.Length > 16 * 1024)
        {
            return false;
        }

        var normalized = value.TrimEnd('=').Replace('-', '+').Replace('_', '/');
        if (normalized.Length % 4 == 1)
        {
            return false;
        }

        normalized = normalized.PadRight(normalized.Length + ((4 - (normalized.Length % 4)) % 4), '=');
        try
        {
            text = s_strictUtf8.GetString(Convert.FromBase64String(normalized));
        }
        catch (Exception exception) when (exception is FormatException or DecoderFallbackException)
        {
            return false;
        }

        return IsPrintable(text);
    }

    private static bool IsPrintable(string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not '\t' and not '\r' and not '\n')
            {
                return false;
            }
        }

        return true;
    }
}
