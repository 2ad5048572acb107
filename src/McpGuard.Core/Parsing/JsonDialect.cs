namespace McpGuard.Parsing;

/// <summary>What a client's JSON reader accepts beyond RFC 8259.</summary>
public enum JsonDialect
{
    /// <summary>Strict JSON: no comments, no trailing commas (Claude Code, Cursor).</summary>
    Strict,

    /// <summary>Comments but no trailing commas (Gemini CLI's strip-json-comments).</summary>
    Comments,

    /// <summary>JSON with comments and trailing commas (VS Code, Zed).</summary>
    Jsonc,
}
