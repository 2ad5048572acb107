namespace McpGuard.Model;

/// <summary>How advice in a message spells things in the syntax of the client that owns the file.</summary>
public static class ClientDialect
{
    /// <summary>
    /// The project folder as the client expands it: <c>${CLAUDE_PROJECT_DIR}</c> in Claude Code's files,
    /// <c>${workspaceFolder}</c> where the client expands predefined variables (VS Code, Cursor), else <c>null</c>.
    /// </summary>
    public static string? ProjectFolder(ConfigFormat format) => format.Id switch
    {
        "claude" or "claude-user" or "claude-settings" => "${CLAUDE_PROJECT_DIR}",
        _ when format.AcceptedVariables.Contains("predefined") => "${workspaceFolder}",
        _ => null,
    };

    /// <summary>"a path relative to the project or '${workspaceFolder}/…'" in the file's own syntax.</summary>
    public static string ProjectPathAdvice(ConfigFormat format) =>
        ProjectFolder(format) is { } folder ? $"a path relative to the project or '{folder}/…'" : "a path relative to the project";
}
