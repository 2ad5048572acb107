using System.Collections.Generic;
using McpGuard.Syntax;
using McpGuard.Text;

namespace McpGuard.Rules.HiddenContent;

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
    /// The span of <paramref name="finding"/> inside the node's text when the file spells the text literally on one line
    /// between quotes (no escapes), so that offsets line up; otherwise the whole node.
    /// </summary>
    public static SourceSpan SpanOf(JsonNode node, string text, TextFinding finding)
    {
        var span = node.Span;
        if (span.Length != text.Length + 2 || span.Start.Line != span.End.Line || finding.Offset + finding.Length > text.Length)
        {
            return span;
        }

        var start = new TextPosition(span.Start.Offset + 1 + finding.Offset, span.Start.Line, span.Start.Column + 1 + finding.Offset);
        var end = new TextPosition(start.Offset + finding.Length, span.Start.Line, start.Column + finding.Length);
        return new SourceSpan(span.Path, start, end);
    }
}
