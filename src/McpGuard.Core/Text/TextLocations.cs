using System;
using System.Collections.Generic;
using McpGuard.Syntax;

namespace McpGuard.Text;

/// <summary>Every text of a document a rule can inspect (string values and property names), and the span of a part of one.</summary>
internal static class TextLocations
{
    /// <summary>Each string value and each key, with the node that holds it (for keys, the property).</summary>
    public static IEnumerable<(JsonNode Node, string Text)> All(JsonObjectNode root)
    {
        var pending = new Stack<JsonNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case JsonStringNode text:
                    yield return (text, text.Value);
                    break;
                case JsonObjectNode obj:
                    for (var i = obj.Properties.Count - 1; i >= 0; i--)
                    {
                        pending.Push(obj.Properties[i].Value);
                        pending.Push(obj.Properties[i]);
                    }

                    break;
                case JsonPropertyNode property:
                    yield return (property, property.Name);
                    break;
                case JsonArrayNode array:
                    for (var i = array.Items.Count - 1; i >= 0; i--)
                    {
                        pending.Push(array.Items[i]);
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// The span of <paramref name="finding"/> inside the node's text when the file writes the text on one line between
    /// quotes: literally (offsets line up), or with escapes (<c>\u001b</c>, <c>\n</c>, <c>\U000E0041</c>, <c>\x1b</c>),
    /// which are walked in the file's text; otherwise the whole node.
    /// </summary>
    public static SourceSpan SpanOf(JsonNode node, string text, TextFinding finding, Func<string>? source = null)
    {
        var span = node.Span;
        if (span.Start.Line != span.End.Line || finding.Offset + finding.Length > text.Length)
        {
            return span;
        }

        if (span.Length == text.Length + 2)
        {
            return Part(span, 1 + finding.Offset, 1 + finding.Offset + finding.Length);
        }

        return source is not null && EscapedString.TryMap(source(), span, text, finding.Offset, finding.Offset + finding.Length, out var start, out var end)
            ? Part(span, start, end)
            : span;
    }

    /// <summary>The part of a one-line span from <paramref name="start"/> to <paramref name="end"/> characters after its start.</summary>
    private static SourceSpan Part(SourceSpan span, int start, int end) => new(
        span.Path,
        new TextPosition(span.Start.Offset + start, span.Start.Line, span.Start.Column + start),
        new TextPosition(span.Start.Offset + end, span.Start.Line, span.Start.Column + end));
}
