using System.Collections.Generic;

namespace McpGuard.Launch.Shell;

/// <summary>Code given to a shell or interpreter on its command line: <c>bash -lc "…"</c>, <c>cmd /c …</c>, <c>node -e "…"</c>.</summary>
public sealed class InlineScript
{
    internal InlineScript(SimpleCommand wrapper, ShellWord option, ShellWord script, string language, ShellDialect? dialect, IReadOnlyList<SimpleCommand> commands)
    {
        Wrapper = wrapper;
        Option = option;
        Script = script;
        Language = language;
        Dialect = dialect;
        Commands = commands;
    }

    /// <summary>The shell or interpreter command.</summary>
    public SimpleCommand Wrapper { get; }

    /// <summary>The option that introduces the code (<c>-c</c>, <c>/c</c>, <c>-Command</c>, <c>-e</c>).</summary>
    public ShellWord Option { get; }

    /// <summary>The (first) word of the code.</summary>
    public ShellWord Script { get; }

    /// <summary><c>sh</c>, <c>cmd</c>, <c>PowerShell</c>, <c>JavaScript</c>, <c>Python</c> …</summary>
    public string Language { get; }

    /// <summary>The shell language the code was read in; <c>null</c> for other languages (not read) and encoded commands.</summary>
    public ShellDialect? Dialect { get; }

    /// <summary>The simple commands read from the code itself (not from scripts nested in it).</summary>
    public IReadOnlyList<SimpleCommand> Commands { get; }

    /// <summary>
    /// A shell script that is one command without redirections or substitutions (<c>cmd /c npx -y pkg</c>): the shell
    /// only starts the program, as Windows needs for <c>.cmd</c> launchers.
    /// </summary>
    public bool IsSingleCommand { get; internal set; }
}
