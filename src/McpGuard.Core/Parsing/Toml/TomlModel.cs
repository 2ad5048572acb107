using System.Collections.Generic;
using McpGuard.Text;

namespace McpGuard.Parsing.Toml;

/// <summary>The reader's mutable tree: TOML tables grow across the file, so the positioned tree is built at the end.</summary>
internal sealed class TomlTable
{
    public TomlTable(SourceSpan span, bool isInline = false)
    {
        Span = span;
        IsInline = isInline;
    }

    public SourceSpan Span { get; set; }

    public bool IsInline { get; }

    /// <summary>The table's JSON-style path from the root, for messages.</summary>
    public string Path { get; set; } = string.Empty;

    /// <summary>Set by a <c>[header]</c>; a second header for the same table is a duplicate.</summary>
    public bool HasHeader { get; set; }

    public List<TomlEntry> Entries { get; } = new();

    public Dictionary<string, TomlEntry> ByKey { get; } = new(System.StringComparer.Ordinal);
}

internal sealed class TomlEntry
{
    public TomlEntry(string key, SourceSpan keySpan, object value)
    {
        Key = key;
        KeySpan = keySpan;
        Value = value;
    }

    public string Key { get; }

    public SourceSpan KeySpan { get; }

    /// <summary>A <see cref="TomlTable"/>, <see cref="TomlArray"/> or <see cref="TomlScalar"/>.</summary>
    public object Value { get; }
}

internal sealed class TomlArray
{
    public TomlArray(SourceSpan span, bool isArrayOfTables)
    {
        Span = span;
        IsArrayOfTables = isArrayOfTables;
    }

    public SourceSpan Span { get; set; }

    public bool IsArrayOfTables { get; }

    public string Path { get; set; } = string.Empty;

    public List<object> Items { get; } = new();
}

internal sealed class TomlScalar
{
    public TomlScalar(SourceSpan span, string raw, string? text)
    {
        Span = span;
        Raw = raw;
        Text = text;
    }

    public SourceSpan Span { get; }

    public string Raw { get; }

    /// <summary>The string's value, or <c>null</c> for numbers, booleans and dates.</summary>
    public string? Text { get; }
}

internal sealed class TomlSyntaxException : System.Exception
{
    public TomlSyntaxException(int offset, string reason)
        : base(reason)
    {
        Offset = offset;
    }

    public int Offset { get; }
}
