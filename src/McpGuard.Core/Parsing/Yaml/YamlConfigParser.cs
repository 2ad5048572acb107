using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using McpGuard.Syntax;
using McpGuard.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace McpGuard.Parsing.Yaml;

/// <summary>
/// Reads YAML (Continue's MCP blocks) with YamlDotNet's event parser into the same positioned tree as JSON. Only the
/// first document counts; aliases read as null; plain scalars that are numbers, booleans or null stay scalars.
/// </summary>
public static class YamlConfigParser
{
    private static readonly Regex s_plainScalar = new(
        @"^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(?:[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|\.inf|\.nan)|0x[0-9a-fA-F]+|0o[0-7]+)$",
        RegexOptions.CultureInvariant,
        TimeSpan.FromMilliseconds(250));

    public static JsonParseResult Parse(string path, string text)
    {
        var state = new State(path, text);
        try
        {
            var parser = new Parser(new StringReader(text));
            parser.Consume<StreamStart>();
            if (!parser.TryConsume<DocumentStart>(out _))
            {
                return Failed(state, 0, "the file contains no YAML document");
            }

            var root = ReadNode(parser, state, depth: 0);
            return new JsonParseResult(root, null, state.Duplicates);
        }
        catch (YamlException exception)
        {
            // YamlDotNet's messages describe structure; the position is ours, in characters.
            var reason = exception.Message.Length > 200 ? exception.Message.Substring(0, 200) : exception.Message;
            return Failed(state, (int)Math.Min(int.MaxValue, exception.Start.Index), reason.TrimEnd('.'));
        }
        catch (InvalidDepthException exception)
        {
            return Failed(state, exception.Offset, $"the YAML nests deeper than {JsonConfigParser.MaxDepth} levels");
        }
    }

    private static JsonParseResult Failed(State state, int offset, string reason)
    {
        var position = state.Positions.GetPosition(offset);
        return new JsonParseResult(null, new JsonSyntaxError(new SourceSpan(state.Path, position, position), reason), state.Duplicates);
    }

    private static JsonNode ReadNode(IParser parser, State state, int depth)
    {
        var current = parser.Current ?? throw new YamlException("The YAML ends unexpectedly.");
        if (depth > JsonConfigParser.MaxDepth)
        {
            throw new InvalidDepthException((int)current.Start.Index);
        }

        switch (current)
        {
            case Scalar scalar:
                parser.MoveNext();
                var span = state.SpanOf(scalar.Start, scalar.End);
                return scalar.Style == ScalarStyle.Plain && s_plainScalar.IsMatch(scalar.Value)
                    ? new JsonScalarNode(span, scalar.Value)
                    : new JsonStringNode(span, scalar.Value);
            case AnchorAlias alias:
                parser.MoveNext();
                return new JsonScalarNode(state.SpanOf(alias.Start, alias.End), "null");
            case SequenceStart sequence:
                parser.MoveNext();
                var items = new List<JsonNode>();
                while (!parser.TryConsume<SequenceEnd>(out var end))
                {
                    items.Add(ReadNode(parser, state, depth + 1));
                }

                return new JsonArrayNode(state.SpanOf(sequence.Start, parser.Current?.Start ?? sequence.End), items);
            case MappingStart mapping:
                parser.MoveNext();
                return ReadMapping(parser, state, mapping, depth);
            default:
                throw new YamlException(current.Start, current.End, "Unexpected YAML content.");
        }
    }

    private static JsonObjectNode ReadMapping(IParser parser, State state, MappingStart mapping, int depth)
    {
        var properties = new List<JsonPropertyNode>();
        var byName = new Dictionary<string, JsonPropertyNode>(StringComparer.Ordinal);
        var end = mapping.End;
        while (!parser.TryConsume<MappingEnd>(out var mappingEnd))
        {
            var keyEvent = parser.Current;
            var keyNode = ReadNode(parser, state, depth + 1);
            var name = keyNode switch
            {
                JsonStringNode text => text.Value,
                JsonScalarNode scalar => scalar.RawText,
                _ => throw new YamlException(keyEvent!.Start, keyEvent.End, "A mapping key must be a scalar."),
            };
            var property = new JsonPropertyNode(keyNode.Span, name, ReadNode(parser, state, depth + 1));
            properties.Add(property);
            if (byName.TryGetValue(name, out var first))
            {
                state.Duplicates.Add(new DuplicateKey(first, property));
            }
            else
            {
                byName.Add(name, property);
            }

            end = parser.Current?.Start ?? end;
        }

        var node = new JsonObjectNode(state.SpanOf(mapping.Start, end), properties, byName);
        foreach (var property in properties)
        {
            property.Parent = node;
        }

        return node;
    }

    private sealed class State
    {
        public State(string path, string text)
        {
            Path = path;
            Positions = new StringPositionMap(text);
        }

        public string Path { get; }

        public StringPositionMap Positions { get; }

        public List<DuplicateKey> Duplicates { get; } = new();

        public SourceSpan SpanOf(Mark start, Mark end) =>
            new(Path, Positions.GetPosition((int)Math.Min(int.MaxValue, start.Index)), Positions.GetPosition((int)Math.Min(int.MaxValue, end.Index)));
    }

    private sealed class InvalidDepthException : Exception
    {
        public InvalidDepthException(int offset) => Offset = offset;

        public int Offset { get; }
    }
}
