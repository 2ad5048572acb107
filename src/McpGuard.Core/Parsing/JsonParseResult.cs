using System.Collections.Generic;
using McpGuard.Syntax;
using McpGuard.Text;

namespace McpGuard.Parsing;

/// <summary>What the reader made of a file: a tree, or the first syntax error, plus every duplicate key.</summary>
public sealed class JsonParseResult
{
    internal JsonParseResult(JsonNode? root, JsonSyntaxError? error, IReadOnlyList<DuplicateKey> duplicates)
    {
        Root = root;
        Error = error;
        Duplicates = duplicates;
    }

    public JsonNode? Root { get; }

    public JsonSyntaxError? Error { get; }

    public IReadOnlyList<DuplicateKey> Duplicates { get; }
}

/// <summary>Where the reader stopped and why. <see cref="Reason"/> never quotes file content beyond one character.</summary>
public sealed class JsonSyntaxError
{
    internal JsonSyntaxError(SourceSpan span, string reason)
    {
        Span = span;
        Reason = reason;
    }

    public SourceSpan Span { get; }

    public string Reason { get; }
}

/// <summary>A key defined a second time in the same object (or a TOML table defined twice).</summary>
public sealed class DuplicateKey
{
    private readonly JsonPropertyNode? _duplicateNode;
    private readonly string? _path;

    internal DuplicateKey(JsonPropertyNode first, JsonPropertyNode duplicate)
    {
        First = first.Span;
        Duplicate = duplicate.Span;
        _duplicateNode = duplicate;
    }

    internal DuplicateKey(SourceSpan first, SourceSpan duplicate, string path)
    {
        First = first;
        Duplicate = duplicate;
        _path = path;
    }

    public SourceSpan First { get; }

    public SourceSpan Duplicate { get; }

    /// <summary>The key's JSON path, e.g. <c>mcpServers.github</c> (computed once the tree is complete).</summary>
    public string Path => _path ?? _duplicateNode!.GetPath();
}
