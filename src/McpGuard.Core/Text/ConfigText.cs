using System;
using System.Text;

namespace McpGuard.Text;

/// <summary>
/// Brings file bytes to the UTF-8 the JSON reader wants: a UTF-8 BOM is skipped, UTF-16/32 with a BOM is transcoded, and
/// so is UTF-16/32 without one (as Windows tools write it), recognised the way RFC 4627 §3 describes: JSON text starts
/// with an ASCII character, so the pattern of zero bytes among the first four gives the encoding away.
/// </summary>
public static class ConfigText
{
    public static ReadOnlyMemory<byte> ToUtf8(byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return new ReadOnlyMemory<byte>(bytes, 3, bytes.Length - 3);
        }

        var encoding = DetectUnicodeBom(bytes, out var bomLength) ?? DetectWithoutBom(bytes);
        if (encoding is null)
        {
            return bytes;
        }

        var text = encoding.GetString(bytes, bomLength, bytes.Length - bomLength);
        return Encoding.UTF8.GetBytes(text);
    }

    public static ReadOnlyMemory<byte> ToUtf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>UTF-32BE <c>00 00 00 xx</c>, UTF-32LE <c>xx 00 00 00</c>, UTF-16BE <c>00 xx</c>, UTF-16LE <c>xx 00</c> (xx not zero).</summary>
    private static Encoding? DetectWithoutBom(byte[] bytes)
    {
        if (bytes.Length >= 4 && bytes.Length % 4 == 0)
        {
            if (bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0 && bytes[3] != 0)
            {
                return new UTF32Encoding(bigEndian: true, byteOrderMark: false);
            }

            if (bytes[0] != 0 && bytes[1] == 0 && bytes[2] == 0 && bytes[3] == 0)
            {
                return new UTF32Encoding(bigEndian: false, byteOrderMark: false);
            }
        }

        if (bytes.Length < 2 || bytes.Length % 2 != 0 || (bytes[0] == 0) == (bytes[1] == 0))
        {
            return null;
        }

        // UTF-8 text never has a zero byte next to an ASCII one at its start; a second pair confirms the pattern.
        var bigEndian = bytes[0] == 0;
        var confirmed = bytes.Length < 4 || (bigEndian ? bytes[2] == 0 : bytes[3] == 0);
        return !confirmed ? null : bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode;
    }

    private static Encoding? DetectUnicodeBom(byte[] bytes, out int bomLength)
    {
        bomLength = 4;
        if (bytes.Length >= 4 && bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0)
        {
            return new UTF32Encoding(bigEndian: false, byteOrderMark: true);
        }

        if (bytes.Length >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF)
        {
            return new UTF32Encoding(bigEndian: true, byteOrderMark: true);
        }

        bomLength = 2;
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return Encoding.Unicode;
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode;
        }

        bomLength = 0;
        return null;
    }
}
