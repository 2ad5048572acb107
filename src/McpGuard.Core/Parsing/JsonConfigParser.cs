using System;
using System.Collections.Generic;
using System.Text.Json;
using McpGuard.Syntax;
using McpGuard.Text;

namespace McpGuard.Parsing;

/// <summary>
/// Reads JSON/JSONC into a positioned tree with <see cref="Utf8JsonReader"/>. Never throws on bad input:
/// the first syntax error is returned with its position.
/// </summary>
public static class JsonConfigParser
{
    /// <summary>Real configurations are a few levels deep; anything deeper is hostile or broken.</summary>
    public const int MaxDepth = 64;

    /// <summary>The longest quote of file content an error keeps: one character, or one byte as <c>0xNN</c>.</summary>
    private const int MaxQuotedLength = 5;

    public static JsonParseResult Parse(string path, ReadOnlyMemory<byte> utf8, JsonDialect dialect)
    {
        var options = new JsonReaderOptions
        {
            CommentHandling = dialect == JsonDialect.Strict ? JsonCommentHandling.Disallow : JsonCommentHandling.Skip,
            AllowTrailingCommas = dialect == JsonDialect.Jsonc,
            MaxDepth = MaxDepth,
        };
        var state = new ParserState(path, utf8);
        var reader = new Utf8JsonReader(utf8.Span, options);
        try
        {
            if (!reader.Read())
            {
                return Failed(state, 0, "The file contains no JSON value.");
            }

            var root = ReadValue(ref reader, state);

            // A second value after the root is a syntax error that Read() reports.
            reader.Read();
            return new JsonParseResult(root, null, state.Duplicates);
        }
        catch (JsonException exception)
        {
            var offset = state.Positions.GetByteOffset(exception.LineNumber ?? 0, exception.BytePositionInLine ?? 0);
            return Failed(state, offset, DescribeReaderError(exception.Message));
        }
        catch (InvalidOperationException exception)
        {
            // GetString() on a string holding invalid UTF-8, or a \u escape of a lone surrogate ("\uD800").
            var reason = exception.Message.IndexOf("UTF-16", StringComparison.Ordinal) >= 0
                ? "A string contains a \\u escape of an unpaired UTF-16 surrogate (\\uD800-\\uDFFF), which is not valid Unicode."
                : "A string contains invalid UTF-8.";
            return Failed(state, checked((int)reader.TokenStartIndex), reason);
        }
    }

    private static JsonParseResult Failed(ParserState state, int byteOffset, string reason)
    {
        var position = state.Positions.GetPosition(byteOffset);
        return new JsonParseResult(null, new JsonSyntaxError(new SourceSpan(state.Path, position, position), reason), state.Duplicates);
    }

    /// <summary>
    /// Keeps the reader's explanation and drops its position suffix (we report our own, in characters) and any file
    /// content it quotes beyond one character: for a bad literal the reader quotes everything up to the next
    /// delimiter (<c>'tru"…"' is an invalid JSON literal</c>), which can be a whole line holding a secret.
    /// </summary>
    internal static string DescribeReaderError(string message)
    {
        var cut = message.LastIndexOf(" LineNumber:", StringComparison.Ordinal);
        var reason = (cut >= 0 ? message.Substring(0, cut) : message).Trim();
        var quotedEnd = reason.LastIndexOf("' is ", StringComparison.Ordinal);
        if (reason.StartsWith("'", StringComparison.Ordinal) && quotedEnd > MaxQuotedLength)
        {
            // "'0x0A' is invalid …" keeps its one character; anything longer becomes "The value is …".
            reason = "The value" + reason.Substring(quotedEnd + 1);
        }

        // System.Text.Json addresses programmers; the user's fix is in the file, not in reader options.
        if (reason.StartsWith("The input does not contain any JSON tokens", StringComparison.Ordinal))
        {
            return "The file contains no JSON value.";
        }

        reason = reason
            .Replace(" which is not supported in this mode. Change the reader options.", ", which this client's JSON does not allow.")
            .Replace(" Change the reader options.", string.Empty);
        return reason.Length == 0 ? "The JSON is not well formed." : reason;
    }

    private static JsonNode ReadValue(ref Utf8JsonReader reader, ParserState state)
    {
        var startByte = checked((int)reader.TokenStartIndex);
        var start = state.Positions.GetPosition(startByte);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return ReadObject(ref reader, state, start);
            case JsonTokenType.StartArray:
                var items = new List<JsonNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, state));
                }

                return new JsonArrayNode(state.SpanOf(start, checked((int)reader.TokenStartIndex) + 1), items);
            case JsonTokenType.String:
                var text = reader.GetString() ?? string.Empty;
                return new JsonStringNode(state.SpanOf(start, startByte + reader.ValueSpan.Length + 2), text);
            default:
                var raw = System.Text.Encoding.UTF8.GetString(reader.ValueSpan.ToArray());
                return new JsonScalarNode(state.SpanOf(start, startByte + reader.ValueSpan.Length), raw);
        }
    }

    private static JsonObjectNode ReadObject(ref Utf8JsonReader reader, ParserState state, TextPosition start)
    {
        var properties = new List<JsonPropertyNode>();
        var firstByName = new Dictionary<string, JsonPropertyNode>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var nameStart = checked((int)reader.TokenStartIndex);
            var nameSpan = state.SpanOf(state.Positions.GetPosition(nameStart), nameStart + reader.ValueSpan.Length + 2);
            var name = reader.GetString() ?? string.Empty;
            reader.Read();
            var property = new JsonPropertyNode(nameSpan, name, ReadValue(ref reader, state));
            properties.Add(property);
            if (firstByName.TryGetValue(name, out var first))
            {
                state.Duplicates.Add(new DuplicateKey(first, property));
            }
            else
            {
                firstByName.Add(name, property);
            }
        }

        var node = new JsonObjectNode(state.SpanOf(start, checked((int)reader.TokenStartIndex) + 1), properties, firstByName);
        foreach (var property in properties)
        {
            property.Parent = node;
        }

        return node;
    }

    private sealed class ParserState
    {
        public ParserState(string path, ReadOnlyMemory<byte> utf8)
        {
            Path = path;
            Positions = new Utf8PositionMap(utf8);
        }

        public string Path { get; }

        public Utf8PositionMap Positions { get; }

        public List<DuplicateKey> Duplicates { get; } = new();

        /// <summary>The start is taken when the token starts and the end after its content: both move forward only.</summary>
        public SourceSpan SpanOf(TextPosition start, int endByte) => new(Path, start, Positions.GetPosition(endByte));
    }
}
