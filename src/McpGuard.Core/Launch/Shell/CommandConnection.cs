namespace McpGuard.Launch.Shell;

public enum ConnectionKind
{
    /// <summary><c>from | to</c>: the output of one command is the input of the next.</summary>
    Pipe,

    /// <summary><c>to "$(from)"</c>, <c>to `from`</c>, PowerShell <c>to (from)</c>: the output becomes part of a word of the other command.</summary>
    Substitution,

    /// <summary><c>to &lt;(from)</c>: the output is given to the other command as a file.</summary>
    ProcessSubstitution,

    /// <summary><c>from &amp;&amp; to</c>.</summary>
    And,

    /// <summary><c>from || to</c>.</summary>
    Or,

    /// <summary><c>from ; to</c>, a new line, or <c>from &amp; to</c> (cmd runs both; POSIX runs the first in the background).</summary>
    Sequence,
}

/// <summary>How two simple commands of a launch command are connected.</summary>
public sealed class CommandConnection
{
    public CommandConnection(ConnectionKind kind, SimpleCommand from, SimpleCommand to)
    {
        Kind = kind;
        From = from;
        To = to;
    }

    public ConnectionKind Kind { get; }

    /// <summary>The command that runs first, or whose output is used.</summary>
    public SimpleCommand From { get; }

    /// <summary>The command that runs next, or that receives the output.</summary>
    public SimpleCommand To { get; }

    public override string ToString() => $"{From.Program} -{Kind}-> {To.Program}";
}
