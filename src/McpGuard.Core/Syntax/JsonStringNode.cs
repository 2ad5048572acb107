using McpGuard.Text;

namespace McpGuard.Syntax;

/// <summary>A string value; the span includes the quotes.</summary>
public sealed class JsonStringNode : JsonNode
{
    internal JsonStringNode(SourceSpan span, string value)
        : base(span) => Value = value;

    public string Value { get; }
}
