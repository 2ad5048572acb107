using McpGuard.Syntax;

namespace McpGuard.Credentials;

internal enum NamedValueKind
{
    /// <summary>An <c>env</c> entry, or <c>NAME=value</c> in arguments (<c>docker -e</c>, <c>env</c>, inline assignments).</summary>
    Variable,

    /// <summary>A <c>headers</c> entry, or <c>--header "Name: value"</c>.</summary>
    Header,

    /// <summary><c>--name=value</c> or <c>--name value</c>.</summary>
    Option,

    /// <summary>A key of JSON held in a string (<c>OPENAPI_MCP_HEADERS</c>, <c>--config '{…}'</c>).</summary>
    JsonKey,
}

/// <summary>A value the file gives a name to: the unit the name-based credential rules judge.</summary>
internal sealed class NamedValue
{
    public NamedValue(NamedValueKind kind, string name, string value, JsonStringNode node, string path, bool inSettings)
    {
        Kind = kind;
        Name = name;
        Value = value;
        Node = node;
        Path = path;
        InSettings = inSettings;
    }

    public NamedValueKind Kind { get; }

    /// <summary>As written: <c>GITHUB_TOKEN</c>, <c>X-API-Key</c>, <c>--api-key</c>.</summary>
    public string Name { get; }

    public string Value { get; }

    /// <summary>The JSON string that holds the value (for an argument pair, the string of the value).</summary>
    public JsonStringNode Node { get; }

    /// <summary>The JSON path for messages; a key inside nested JSON is appended after " > ".</summary>
    public string Path { get; }

    /// <summary>In the <c>env</c> of Claude Code settings, where no variable is expanded.</summary>
    public bool InSettings { get; }

    /// <summary>"variable 'X'", "header 'X'", "option '--x'", "key 'x'".</summary>
    public string Describe() => Kind switch
    {
        NamedValueKind.Header => $"header '{Name}'",
        NamedValueKind.Option => $"option '{Name}'",
        NamedValueKind.JsonKey => $"key '{Name}'",
        _ => $"variable '{Name}'",
    };
}
