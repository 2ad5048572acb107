namespace McpGuard.Launch.Shell;

/// <summary>A redirection of a simple command: <c>&gt;</c>, <c>&gt;&gt;</c>, <c>&lt;</c>, <c>2&gt;</c> … and its target.</summary>
public sealed class ShellRedirection
{
    public ShellRedirection(string @operator, ShellWord target)
    {
        Operator = @operator;
        Target = target;
    }

    public string Operator { get; }

    public ShellWord Target { get; }

    /// <summary>Writes to the target (<c>&gt;</c>, <c>&gt;&gt;</c>, <c>2&gt;</c>, <c>&amp;&gt;</c>), as opposed to reading it.</summary>
    public bool Writes => Operator.IndexOf('>') >= 0;
}
