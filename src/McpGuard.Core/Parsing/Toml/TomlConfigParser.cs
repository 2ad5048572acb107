using System;
using System.Collections.Generic;
using McpGuard.Syntax;
using McpGuard.Text;

namespace McpGuard.Parsing.Toml;

/// <summary>
/// A strict reader for the TOML that MCP client files use (Codex's <c>config.toml</c>): tables, arrays of tables,
/// dotted and quoted keys, all string forms, numbers, booleans, dates, arrays and inline tables. Written by hand
/// because no TOML package is available on this project's feed. Anything it cannot read is a located error (MCPG001),
/// never an exception; a key or table defined twice is a duplicate (MCPG002).
/// </summary>
public static class TomlConfigParser
{
    public static JsonParseResult Parse(string path, string text)
    {
        var reader = new TomlDocumentReader(path, text);
        try
        {
            var root = reader.Read();
            return new JsonParseResult(TomlTreeBuilder.Build(root), null, reader.Duplicates);
        }
        catch (TomlSyntaxException exception)
        {
            var position = reader.Positions.GetPosition(exception.Offset);
            return new JsonParseResult(null, new JsonSyntaxError(new SourceSpan(path, position, position), exception.Message), reader.Duplicates);
        }
    }
}

/// <summary>Turns the reader's tables into the positioned tree every rule reads.</summary>
internal static class TomlTreeBuilder
{
    public static JsonObjectNode Build(TomlTable table)
    {
        var properties = new List<JsonPropertyNode>();
        var byName = new Dictionary<string, JsonPropertyNode>(StringComparer.Ordinal);
        foreach (var entry in table.Entries)
        {
            var property = new JsonPropertyNode(entry.KeySpan, entry.Key, BuildValue(entry.Value));
            properties.Add(property);
            byName[entry.Key] = property;
        }

        var node = new JsonObjectNode(table.Span, properties, byName);
        foreach (var property in properties)
        {
            property.Parent = node;
        }

        return node;
    }

    private static JsonNode BuildValue(object value) => value switch
    {
        TomlTable table => Build(table),
        TomlArray array => new JsonArrayNode(array.Span, array.Items.ConvertAll(BuildValue)),
        TomlScalar { Text: { } text } scalar => new JsonStringNode(scalar.Span, text),
        TomlScalar scalar => new JsonScalarNode(scalar.Span, scalar.Raw),
        _ => throw new InvalidOperationException("Unknown TOML value."),
    };
}
