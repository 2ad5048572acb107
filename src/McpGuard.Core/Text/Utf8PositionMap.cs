using System;

namespace McpGuard.Text;

/// <summary>
/// Turns UTF-8 byte offsets (what <see cref="System.Text.Json.Utf8JsonReader"/> reports) into UTF-16 character positions.
/// </summary>
/// <remarks>
/// The reader moves forward, so lookups normally move forward too: a cursor keeps the cost linear in the file size
/// even for single-line (minified) files. Line breaks are <c>\n</c>, <c>\r\n</c> and a lone <c>\r</c>, as in editors.
/// </remarks>
internal sealed class Utf8PositionMap
{
    private readonly ReadOnlyMemory<byte> _utf8;
    private int _byteOffset;
    private int _charOffset;
    private int _line;
    private int _lineStartChar;

    public Utf8PositionMap(ReadOnlyMemory<byte> utf8) => _utf8 = utf8;

    public TextPosition GetPosition(int byteOffset)
    {
        if (byteOffset < _byteOffset)
        {
            _byteOffset = _charOffset = _line = _lineStartChar = 0;
        }

        var bytes = _utf8.Span;
        var target = Math.Min(byteOffset, bytes.Length);
        while (_byteOffset < target)
        {
            var b = bytes[_byteOffset++];
            if (b == (byte)'\n' || (b == (byte)'\r' && (_byteOffset >= bytes.Length || bytes[_byteOffset] != (byte)'\n')))
            {
                _charOffset++;
                _line++;
                _lineStartChar = _charOffset;
            }
            else if ((b & 0xC0) != 0x80)
            {
                // A lead byte starts one character; a complete 4-byte sequence is a surrogate pair in UTF-16 (a truncated
                // one is a single replacement character, so a position never lies beyond the text).
                _charOffset += b >= 0xF0 && b <= 0xF4 && IsContinuation(bytes, _byteOffset, 3) ? 2 : 1;
            }
        }

        return new TextPosition(_charOffset, _line, _charOffset - _lineStartChar);
    }

    private static bool IsContinuation(ReadOnlySpan<byte> bytes, int start, int count)
    {
        if (start + count > bytes.Length)
        {
            return false;
        }

        for (var i = start; i < start + count; i++)
        {
            if ((bytes[i] & 0xC0) != 0x80)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Converts the reader's (0-based line, byte in line) pair, as carried by <see cref="System.Text.Json.JsonException"/>, to a byte offset.</summary>
    public int GetByteOffset(long line, long bytePositionInLine)
    {
        var bytes = _utf8.Span;
        var offset = 0;
        for (long current = 0; current < line && offset < bytes.Length; offset++)
        {
            if (bytes[offset] == (byte)'\n')
            {
                current++;
            }
        }

        return (int)Math.Min(bytes.Length, offset + Math.Max(0, bytePositionInLine));
    }
}
