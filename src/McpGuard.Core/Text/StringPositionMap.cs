using System.Collections.Generic;

namespace McpGuard.Text;

/// <summary>
/// Positions in a decoded string (for readers that work on characters, not UTF-8 bytes). The readers ask for a
/// container's start after its children, so lookups go backwards as often as forwards: a table of line starts and a
/// binary search keep every lookup logarithmic (a forward-only cursor restarted from the top each time, which made a
/// YAML file with 100 000 servers quadratic; found by the resource tests, docs/robustness.md).
/// </summary>
internal sealed class StringPositionMap
{
    private readonly string _text;
    private readonly List<int> _lineStarts = new() { 0 };

    public StringPositionMap(string text)
    {
        _text = text;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public TextPosition GetPosition(int offset)
    {
        var target = System.Math.Max(0, System.Math.Min(offset, _text.Length));
        var index = _lineStarts.BinarySearch(target);
        var line = index >= 0 ? index : ~index - 1;
        return new TextPosition(target, line, target - _lineStarts[line]);
    }
}
