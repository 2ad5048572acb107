using McpGuard.Text;

namespace McpGuard.Syntax;

/// <summary>A number, <c>true</c>, <c>false</c> or <c>null</c>, kept as written.</summary>
public sealed class JsonScalarNode : JsonNode
{
    internal JsonScalarNode(SourceSpan span, string rawText)
        : base(span) => RawText = rawText;

    public string RawText { get; }
}
