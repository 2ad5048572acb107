namespace McpGuard.Rules;

/// <summary>The severity of a finding, in the words of <c>.editorconfig</c>.</summary>
public enum RuleSeverity
{
    /// <summary><c>none</c>: the finding is dropped.</summary>
    None,

    /// <summary><c>silent</c>: kept for tools, never shown.</summary>
    Hidden,

    /// <summary><c>suggestion</c>: shown in the IDE, a low-importance message in command-line builds.</summary>
    Info,

    Warning,

    Error,
}
