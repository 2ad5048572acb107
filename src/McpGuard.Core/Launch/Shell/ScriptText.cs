using System.Collections.Generic;
using System.Text;
using McpGuard.Syntax;

namespace McpGuard.Launch.Shell;

/// <summary>
/// A script to read and where each part of it was written: one JSON string (<c>sh -c "…"</c>), or several joined by
/// spaces as the shell sees them (<c>cmd /c npx -y pkg</c>).
/// </summary>
internal sealed class ScriptText
{
    private readonly List<Segment> _segments = new();
    private readonly StringBuilder _text = new();

    public string Text => _text.ToString();

    public static ScriptText From(ShellWord word)
    {
        var script = new ScriptText();
        script.Append(word);
        return script;
    }

    public void Append(ShellWord word)
    {
        if (_text.Length > 0)
        {
            _text.Append(' ');
        }

        // A word that is a whole JSON string maps exactly; a word cut from a script (quotes removed) maps approximately.
        var exact = word.Source is not null && word.Start >= 0 && word.Length == word.Text.Length;
        _segments.Add(new Segment(_text.Length, word.Source, word.Start, exact));
        _text.Append(word.Text);
    }

    /// <summary>The word for the script's characters [start, end): its JSON string and its offset in that string.</summary>
    public ShellWord Word(string text, int start, int end)
    {
        var segment = _segments.Count > 0 ? _segments[0] : new Segment(0, null, -1, exact: false);
        foreach (var candidate in _segments)
        {
            if (candidate.TextStart <= start)
            {
                segment = candidate;
            }
        }

        if (segment.SourceStart < 0)
        {
            return new ShellWord(text, segment.Source, -1, 0);
        }

        return segment.Exact
            ? new ShellWord(text, segment.Source, segment.SourceStart + start - segment.TextStart, end - start)
            : new ShellWord(text, segment.Source, segment.SourceStart, 0);
    }

    private readonly struct Segment
    {
        public Segment(int textStart, JsonStringNode? source, int sourceStart, bool exact)
        {
            TextStart = textStart;
            Source = source;
            SourceStart = sourceStart;
            Exact = exact;
        }

        public int TextStart { get; }

        public JsonStringNode? Source { get; }

        public int SourceStart { get; }

        public bool Exact { get; }
    }
}
