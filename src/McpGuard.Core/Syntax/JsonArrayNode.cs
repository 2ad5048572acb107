using System.Collections.Generic;
using McpGuard.Text;

namespace McpGuard.Syntax;

public sealed class JsonArrayNode : JsonNode
{
    private readonly List<JsonNode> _items;

    internal JsonArrayNode(SourceSpan span, List<JsonNode> items)
        : base(span)
    {
        _items = items;
        foreach (var item in items)
        {
            item.Parent = this;
        }
    }

    public IReadOnlyList<JsonNode> Items => _items;

    internal int IndexOf(JsonNode item) => _items.IndexOf(item);
}
