using System.Collections.Generic;
using McpGuard.Text;

namespace McpGuard.Syntax;

public sealed class JsonObjectNode : JsonNode
{
    private readonly Dictionary<string, JsonPropertyNode> _firstByName;

    internal JsonObjectNode(SourceSpan span, List<JsonPropertyNode> properties, Dictionary<string, JsonPropertyNode> firstByName)
        : base(span)
    {
        Properties = properties;
        _firstByName = firstByName;
    }

    /// <summary>Every property in file order, duplicates included.</summary>
    public IReadOnlyList<JsonPropertyNode> Properties { get; }

    /// <summary>The first property with this exact (case-sensitive) name.</summary>
    public JsonPropertyNode? GetProperty(string name) => _firstByName.TryGetValue(name, out var property) ? property : null;

    public JsonNode? GetValue(string name) => GetProperty(name)?.Value;

    public JsonObjectNode? GetObject(string name) => GetValue(name) as JsonObjectNode;

    public JsonArrayNode? GetArray(string name) => GetValue(name) as JsonArrayNode;

    public JsonStringNode? GetString(string name) => GetValue(name) as JsonStringNode;
}
