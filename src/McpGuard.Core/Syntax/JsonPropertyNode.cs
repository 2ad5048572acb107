using McpGuard.Text;

namespace McpGuard.Syntax;

/// <summary>A key/value pair; <see cref="JsonNode.Span"/> covers the key, <see cref="Value"/> has its own span.</summary>
public sealed class JsonPropertyNode : JsonNode
{
    internal JsonPropertyNode(SourceSpan nameSpan, string name, JsonNode value)
        : base(nameSpan)
    {
        Name = name;
        Value = value;
        value.Parent = this;
    }

    public string Name { get; }

    public JsonNode Value { get; }

    public JsonObjectNode? Owner => Parent as JsonObjectNode;
}
