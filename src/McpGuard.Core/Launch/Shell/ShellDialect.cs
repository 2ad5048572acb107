namespace McpGuard.Launch.Shell;

/// <summary>The shell language a script is read as.</summary>
public enum ShellDialect
{
    /// <summary><c>sh</c>, <c>bash</c>, <c>zsh</c>: quotes, <c>\</c> escapes, <c>$(…)</c>, backticks, <c>&lt;(…)</c>.</summary>
    Posix,

    /// <summary><c>cmd.exe</c>: double quotes, <c>^</c> escapes, no command substitution.</summary>
    Cmd,

    /// <summary>PowerShell: quotes, backtick escapes, <c>(…)</c> and <c>$(…)</c> subexpressions.</summary>
    PowerShell,
}
