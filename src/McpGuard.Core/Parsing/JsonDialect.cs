namespace McpGuard.Parsing;

/// <summary>The syntax a client's file is written in, and what its reader accepts beyond RFC 8259.</summary>
public enum JsonDialect
{
    /// <summary>Strict JSON: no comments, no trailing commas (Claude Code, Cursor).</summary>
    Strict,

    /// <summary>Comments but no trailing commas (Gemini CLI's strip-json-comments).</summary>
    Comments,

    /// <summary>JSON with comments and trailing commas (VS Code, Zed).</summary>
    Jsonc,

    /// <summary>TOML (Codex), read by McpGuard's own reader into the same tree.</summary>
    Toml,

    /// <summary>YAML (Continue), read with YamlDotNet into the same tree.</summary>
    Yaml,
}
