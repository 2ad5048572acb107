using System.Collections.Generic;
using McpGuard.Text;

namespace McpGuard.Syntax;

/// <summary>The nodes of a document by span, for locating a finding's node (its JSON path and server) from where it is.</summary>
internal sealed class NodeIndex
{
    /// <summary>
    /// Spans as keys: a long's own hash XORs its halves, so (start, start + length) of short nodes all hash alike and a
    /// file with 100 000 servers made indexing quadratic (found by the resource tests, docs/robustness.md).
    /// </summary>
    private static readonly IEqualityComparer<long> s_spanKeys = new SpanKeyComparer();

    private readonly Dictionary<long, JsonNode> _nodesBySpan = new(s_spanKeys);

    public NodeIndex(JsonNode root)
    {
        var pending = new Stack<JsonNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            var key = SpanKey(node.Span.Start.Offset, node.Span.End.Offset);
            if (!_nodesBySpan.ContainsKey(key))
            {
                _nodesBySpan[key] = node;
            }

            switch (node)
            {
                case JsonObjectNode obj:
                    foreach (var property in obj.Properties)
                    {
                        pending.Push(property);
                    }

                    break;
                case JsonPropertyNode property:
                    pending.Push(property.Value);
                    break;
                case JsonArrayNode array:
                    foreach (var item in array.Items)
                    {
                        pending.Push(item);
                    }

                    break;
            }
        }
    }

    /// <summary>The node with exactly this span (a value, or a property's key), else the innermost node containing it.</summary>
    public JsonNode? Find(SourceSpan span)
    {
        if (_nodesBySpan.TryGetValue(SpanKey(span.Start.Offset, span.End.Offset), out var exact))
        {
            return exact;
        }

        JsonNode? best = null;
        foreach (var node in _nodesBySpan.Values)
        {
            if (node.Span.Start.Offset <= span.Start.Offset && node.Span.End.Offset >= span.End.Offset
                && (best is null || node.Span.Length < best.Span.Length))
            {
                best = node;
            }
        }

        return best;
    }

    private static long SpanKey(int start, int end) => ((long)start << 32) | (uint)end;

    private sealed class SpanKeyComparer : IEqualityComparer<long>
    {
        public bool Equals(long x, long y) => x == y;

        public int GetHashCode(long key) => unchecked((int)((ulong)(key * -7046029254386353131L) >> 32));
    }
}
