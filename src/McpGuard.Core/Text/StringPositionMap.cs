namespace McpGuard.Text;

/// <summary>Positions in a decoded string (for readers that work on characters, not UTF-8 bytes): a forward cursor.</summary>
internal sealed class StringPositionMap
{
    private readonly string _text;
    private int _offset;
    private int _line;
    private int _lineStart;

    public StringPositionMap(string text) => _text = text;

    public TextPosition GetPosition(int offset)
    {
        if (offset < _offset)
        {
            _offset = _line = _lineStart = 0;
        }

        var target = System.Math.Min(offset, _text.Length);
        while (_offset < target)
        {
            var c = _text[_offset++];
            if (c == '\n' || (c == '\r' && (_offset >= _text.Length || _text[_offset] != '\n')))
            {
                _line++;
                _lineStart = _offset;
            }
        }

        return new TextPosition(target, _line, target - _lineStart);
    }
}
