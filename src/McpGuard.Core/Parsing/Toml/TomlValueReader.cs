using System.Collections.Generic;
using System.Globalization;
using System.Text;
using McpGuard.Text;

namespace McpGuard.Parsing.Toml;

/// <summary>A key segment with its place in the text.</summary>
internal readonly struct TomlKey
{
    public TomlKey(string name, int start, int end)
    {
        Name = name;
        Start = start;
        End = end;
    }

    public string Name { get; }

    public int Start { get; }

    public int End { get; }
}

/// <summary>Reads keys and values; the document reader adds the table structure.</summary>
internal abstract class TomlValueReader
{
    protected TomlValueReader(string path, string text)
    {
        FilePath = path;
        Text = text;
        Positions = new StringPositionMap(text);
    }

    public StringPositionMap Positions { get; }

    protected string FilePath { get; }

    protected string Text { get; }

    protected int Position { get; private set; }

    protected bool AtEnd => Position >= Text.Length;

    protected char Peek(int ahead = 0) => Position + ahead < Text.Length ? Text[Position + ahead] : '\0';

    protected void Advance(int count = 1) => Position += count;

    /// <summary>Spans are made in reading order, except table spans fixed up later; the position map rewinds when needed.</summary>
    protected SourceSpan SpanFrom(int start, int end) => new(FilePath, Positions.GetPosition(start), Positions.GetPosition(end));

    protected abstract void ReadKeyValue(TomlTable table);

    protected abstract void Add(TomlTable owner, List<TomlKey> keys, int index, object value);

    protected void SkipSpaces()
    {
        while (Peek() == ' ' || Peek() == '\t')
        {
            Advance();
        }
    }

    protected void SkipComment()
    {
        while (!AtEnd && Peek() != '\n' && Peek() != '\r')
        {
            Advance();
        }
    }

    protected void SkipBlankLinesAndComments()
    {
        while (!AtEnd)
        {
            SkipSpaces();
            if (Peek() == '#')
            {
                SkipComment();
            }

            if (Peek() == '\n')
            {
                Advance();
            }
            else if (Peek() == '\r' && Peek(1) == '\n')
            {
                Advance(2);
            }
            else
            {
                return;
            }
        }
    }

    protected void ExpectEndOfLine()
    {
        SkipSpaces();
        if (Peek() == '#')
        {
            SkipComment();
        }

        if (!AtEnd && Peek() != '\n' && !(Peek() == '\r' && Peek(1) == '\n'))
        {
            throw new TomlSyntaxException(Position, $"unexpected '{Describe(Peek())}'; expected the end of the line");
        }
    }

    protected void Expect(char expected, string what)
    {
        if (Peek() != expected)
        {
            throw new TomlSyntaxException(Position, AtEnd ? $"the file ends where {what} is expected" : $"unexpected '{Describe(Peek())}'; expected {what}");
        }

        Advance();
    }

    protected List<TomlKey> ReadDottedKey()
    {
        var keys = new List<TomlKey> { ReadKey() };
        SkipSpaces();
        while (Peek() == '.')
        {
            Advance();
            SkipSpaces();
            keys.Add(ReadKey());
            SkipSpaces();
        }

        return keys;
    }

    protected object ReadValue()
    {
        var start = Position;
        switch (Peek())
        {
            case '"':
            case '\'':
                var text = ReadString();
                return new TomlScalar(SpanFrom(start, Position), Text.Substring(start, Position - start), text);
            case '[':
                return ReadArray();
            case '{':
                return ReadInlineTable();
            default:
                return ReadBareValue(start);
        }
    }

    private TomlKey ReadKey()
    {
        var start = Position;
        if (Peek() == '"' || Peek() == '\'')
        {
            var name = ReadString(allowMultiline: false);
            return new TomlKey(name, start, Position);
        }

        while (char.IsLetterOrDigit(Peek()) && Peek() < 128 || Peek() == '_' || Peek() == '-')
        {
            Advance();
        }

        if (Position == start)
        {
            throw new TomlSyntaxException(Position, AtEnd ? "the file ends where a key is expected" : $"unexpected '{Describe(Peek())}'; expected a key");
        }

        return new TomlKey(Text.Substring(start, Position - start), start, Position);
    }

    private TomlArray ReadArray()
    {
        var start = Position;
        Advance();
        var items = new List<object>();
        while (true)
        {
            SkipBlankLinesAndComments();
            if (Peek() == ']')
            {
                break;
            }

            items.Add(ReadValue());
            SkipBlankLinesAndComments();
            if (Peek() == ',')
            {
                Advance();
                continue;
            }

            if (Peek() != ']')
            {
                throw new TomlSyntaxException(Position, AtEnd ? "the file ends inside an array; expected ']'" : $"unexpected '{Describe(Peek())}'; expected ',' or ']' in the array");
            }
        }

        Advance();
        var array = new TomlArray(SpanFrom(start, Position), isArrayOfTables: false);
        array.Items.AddRange(items);
        return array;
    }

    private TomlTable ReadInlineTable()
    {
        var start = Position;
        Advance();
        var table = new TomlTable(SpanFrom(start, start + 1), isInline: true);
        SkipSpaces();
        if (Peek() == '}')
        {
            Advance();
            table.Span = SpanFrom(start, Position);
            return table;
        }

        while (true)
        {
            SkipSpaces();
            var keys = ReadDottedKey();
            Expect('=', "'=' after the key");
            SkipSpaces();
            var value = ReadValue();
            var owner = table;
            for (var i = 0; i < keys.Count - 1; i++)
            {
                var key = keys[i];
                if (!owner.ByKey.TryGetValue(key.Name, out var entry) || entry.Value is not TomlTable next)
                {
                    next = new TomlTable(SpanFrom(key.Start, key.End), isInline: true);
                    var created = new TomlEntry(key.Name, SpanFrom(key.Start, key.End), next);
                    owner.Entries.Add(created);
                    owner.ByKey[key.Name] = created;
                }

                owner = next;
            }

            Add(owner, keys, keys.Count - 1, value);
            SkipSpaces();
            if (Peek() == ',')
            {
                Advance();
                continue;
            }

            Expect('}', "',' or '}' in the inline table");
            table.Span = SpanFrom(start, Position);
            return table;
        }
    }

    /// <summary>Numbers, booleans and dates: validated by shape, kept as written.</summary>
    private TomlScalar ReadBareValue(int start)
    {
        while (!AtEnd && (char.IsLetterOrDigit(Peek()) || "_+-.:".IndexOf(Peek()) >= 0))
        {
            Advance();
        }

        var raw = Text.Substring(start, Position - start);
        if (raw.Length == 0 || !IsBareValue(raw))
        {
            throw new TomlSyntaxException(start, AtEnd ? "the file ends where a value is expected" : $"'{Describe(raw.Length == 0 ? Peek() : raw[0])}' does not start a value (string, number, boolean, date, array or inline table)");
        }

        return new TomlScalar(SpanFrom(start, Position), raw, null);
    }

    private static bool IsBareValue(string raw)
    {
        if (raw == "true" || raw == "false" || raw is "inf" or "+inf" or "-inf" or "nan" or "+nan" or "-nan")
        {
            return true;
        }

        var digits = raw.TrimStart('+', '-');
        if (digits.Length == 0 || !char.IsDigit(digits[0]))
        {
            return false;
        }

        foreach (var c in digits)
        {
            if (!(char.IsDigit(c) || "_.eE+-:TZxobabcdefABCDEF".IndexOf(c) >= 0))
            {
                return false;
            }
        }

        return true;
    }

    private string ReadString(bool allowMultiline = true)
    {
        var quote = Peek();
        var start = Position;
        if (allowMultiline && Peek(1) == quote && Peek(2) == quote)
        {
            Advance(3);
            return ReadMultilineString(quote, start);
        }

        Advance();
        var value = new StringBuilder();
        while (true)
        {
            var c = Peek();
            if (AtEnd || c == '\n' || c == '\r')
            {
                throw new TomlSyntaxException(start, "a string is not closed on its line");
            }

            Advance();
            if (c == quote)
            {
                return value.ToString();
            }

            if (c == '\\' && quote == '"')
            {
                value.Append(ReadEscape());
            }
            else if (c < ' ' && c != '\t')
            {
                throw new TomlSyntaxException(Position - 1, "a control character must be escaped in a string");
            }
            else
            {
                value.Append(c);
            }
        }
    }

    private string ReadMultilineString(char quote, int start)
    {
        // A newline right after the opening delimiter is not part of the string.
        if (Peek() == '\r' && Peek(1) == '\n')
        {
            Advance(2);
        }
        else if (Peek() == '\n')
        {
            Advance();
        }

        var value = new StringBuilder();
        while (true)
        {
            if (AtEnd)
            {
                throw new TomlSyntaxException(start, "a multi-line string is not closed");
            }

            if (Peek() == quote && Peek(1) == quote && Peek(2) == quote)
            {
                // Up to two quotes may end the content right before the closing delimiter.
                var extra = Peek(3) == quote ? (Peek(4) == quote ? 2 : 1) : 0;
                value.Append(quote, extra);
                Advance(3 + extra);
                return value.ToString();
            }

            var c = Peek();
            Advance();
            if (c == '\\' && quote == '"')
            {
                if (Peek() is ' ' or '\t' or '\n' or '\r')
                {
                    // A line-ending backslash trims the newline and the whitespace that follows.
                    while (Peek() is ' ' or '\t' or '\n' or '\r')
                    {
                        Advance();
                    }

                    continue;
                }

                value.Append(ReadEscape());
            }
            else
            {
                value.Append(c);
            }
        }
    }

    private string ReadEscape()
    {
        var c = Peek();
        Advance();
        switch (c)
        {
            case 'b': return "\b";
            case 't': return "\t";
            case 'n': return "\n";
            case 'f': return "\f";
            case 'r': return "\r";
            case 'e': return "\u001b";
            case '"': return "\"";
            case '\\': return "\\";
            case 'u':
            case 'U':
                var length = c == 'u' ? 4 : 8;
                if (Position + length <= Text.Length
                    && int.TryParse(Text.Substring(Position, length), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code)
                    && code >= 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF))
                {
                    Advance(length);
                    return char.ConvertFromUtf32(code);
                }

                throw new TomlSyntaxException(Position - 2, "an invalid Unicode escape");
            default:
                throw new TomlSyntaxException(Position - 2, $"'\\{Describe(c)}' is not a valid escape");
        }
    }

    private static string Describe(char c) => c < ' ' || c > '~' ? $"U+{(int)c:X4}" : c.ToString();
}
