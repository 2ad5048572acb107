using McpGuard.Text;

namespace McpGuard.Syntax;

/// <summary>A value of a configuration file that knows where it is and where it sits in the document.</summary>
public abstract class JsonNode
{
    protected JsonNode(SourceSpan span) => Span = span;

    public SourceSpan Span { get; }

    /// <summary>The property or array that holds this value; <c>null</c> for the root.</summary>
    public JsonNode? Parent { get; internal set; }

    /// <summary>The JSON path used in messages, e.g. <c>mcpServers.github.env.GITHUB_TOKEN</c> or <c>args[2]</c>.</summary>
    public string GetPath()
    {
        var builder = new System.Text.StringBuilder();
        AppendPath(builder);
        return builder.ToString();
    }

    internal void AppendPath(System.Text.StringBuilder builder)
    {
        if (this is JsonPropertyNode declaration)
        {
            // A key's path is the path of the value it names.
            declaration.Value.AppendPath(builder);
            return;
        }

        switch (Parent)
        {
            case JsonPropertyNode property:
                property.Owner?.AppendPath(builder);
                if (builder.Length > 0)
                {
                    builder.Append('.');
                }

                builder.Append(property.Name);
                break;
            case JsonArrayNode array:
                array.AppendPath(builder);
                builder.Append('[').Append(array.IndexOf(this)).Append(']');
                break;
        }
    }
}
