using System.Collections.Generic;

namespace McpGuard.Parsing.Toml;

/// <summary>Reads the structure: <c>[table]</c> and <c>[[array]]</c> headers and <c>key = value</c> lines.</summary>
internal sealed class TomlDocumentReader : TomlValueReader
{
    public TomlDocumentReader(string path, string text)
        : base(path, text)
    {
    }

    public List<DuplicateKey> Duplicates { get; } = new();

    public TomlTable Read()
    {
        var root = new TomlTable(SpanFrom(0, Text.Length));
        var current = root;
        while (true)
        {
            SkipBlankLinesAndComments();
            if (AtEnd)
            {
                return root;
            }

            if (Peek() == '[')
            {
                current = ReadHeader(root);
            }
            else
            {
                ReadKeyValue(current);
            }

            ExpectEndOfLine();
        }
    }

    protected override void ReadKeyValue(TomlTable table)
    {
        var keys = ReadDottedKey();
        SkipSpaces();
        Expect('=', "'=' after the key");
        SkipSpaces();
        var value = ReadValue();
        var owner = table;
        for (var i = 0; i < keys.Count - 1; i++)
        {
            owner = Descend(owner, keys[i], keys, i);
        }

        Add(owner, keys, keys.Count - 1, value);
    }

    private TomlTable ReadHeader(TomlTable root)
    {
        var start = Position;
        Advance();
        var isArray = Peek() == '[';
        if (isArray)
        {
            Advance();
        }

        SkipSpaces();
        var keys = ReadDottedKey();
        SkipSpaces();
        Expect(']', "']' to close the table header");
        if (isArray)
        {
            Expect(']', "']]' to close the array-of-tables header");
        }

        var span = SpanFrom(start, Position);
        var owner = root;
        for (var i = 0; i < keys.Count - 1; i++)
        {
            owner = Descend(owner, keys[i], keys, i);
        }

        var last = keys[keys.Count - 1];
        if (isArray)
        {
            if (!owner.ByKey.TryGetValue(last.Name, out var entry))
            {
                entry = AddEntry(owner, last, new TomlArray(span, isArrayOfTables: true));
            }

            if (entry.Value is not TomlArray { IsArrayOfTables: true } tables)
            {
                throw new TomlSyntaxException(last.Start, $"'{last.Name}' already holds a value that is not an array of tables");
            }

            var table = new TomlTable(span) { HasHeader = true, Path = $"{tables.Path}[{tables.Items.Count}]" };
            tables.Items.Add(table);
            return table;
        }

        if (owner.ByKey.TryGetValue(last.Name, out var existing))
        {
            if (existing.Value is not TomlTable { IsInline: false } defined)
            {
                throw new TomlSyntaxException(last.Start, $"'{last.Name}' already holds a value that is not a table");
            }

            if (defined.HasHeader)
            {
                Duplicates.Add(new DuplicateKey(existing.KeySpan, SpanFrom(last.Start, last.End), Join(owner.Path, last.Name)));
            }

            defined.HasHeader = true;
            return defined;
        }

        var created = new TomlTable(span) { HasHeader = true };
        AddEntry(owner, last, created);
        return created;
    }

    /// <summary>The table a dotted key or header walks through, created implicitly when missing.</summary>
    private TomlTable Descend(TomlTable owner, TomlKey key, List<TomlKey> keys, int index)
    {
        if (!owner.ByKey.TryGetValue(key.Name, out var entry))
        {
            var created = new TomlTable(SpanFrom(key.Start, key.End));
            AddEntry(owner, key, created);
            return created;
        }

        switch (entry.Value)
        {
            case TomlTable { IsInline: false } table:
                return table;
            case TomlArray { IsArrayOfTables: true } tables when tables.Items.Count > 0:
                return (TomlTable)tables.Items[tables.Items.Count - 1];
            default:
                throw new TomlSyntaxException(key.Start, $"'{Join(owner.Path, keys[index].Name)}' already holds a value and cannot be extended");
        }
    }

    protected override void Add(TomlTable owner, List<TomlKey> keys, int index, object value)
    {
        var key = keys[index];
        if (owner.ByKey.TryGetValue(key.Name, out var existing))
        {
            Duplicates.Add(new DuplicateKey(existing.KeySpan, SpanFrom(key.Start, key.End), Join(owner.Path, key.Name)));
            return;
        }

        AddEntry(owner, key, value);
    }

    private TomlEntry AddEntry(TomlTable owner, TomlKey key, object value)
    {
        if (value is TomlTable table)
        {
            table.Path = Join(owner.Path, key.Name);
        }
        else if (value is TomlArray { IsArrayOfTables: true } tables)
        {
            tables.Path = Join(owner.Path, key.Name);
        }

        var entry = new TomlEntry(key.Name, SpanFrom(key.Start, key.End), value);
        owner.Entries.Add(entry);
        owner.ByKey[key.Name] = entry;
        return entry;
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;

}
