namespace McpGuard.Text;

/// <summary>A range of a configuration file: <see cref="Start"/> inclusive, <see cref="End"/> exclusive.</summary>
public readonly struct SourceSpan : System.IEquatable<SourceSpan>
{
    public SourceSpan(string path, TextPosition start, TextPosition end)
    {
        Path = path;
        Start = start;
        End = end;
    }

    public string Path { get; }

    public TextPosition Start { get; }

    public TextPosition End { get; }

    public int Length => End.Offset - Start.Offset;

    public bool Equals(SourceSpan other) => Path == other.Path && Start == other.Start && End == other.End;

    public override bool Equals(object? obj) => obj is SourceSpan other && Equals(other);

    public override int GetHashCode() => (Path?.GetHashCode() ?? 0) ^ Start.GetHashCode() ^ (End.GetHashCode() * 7);

    /// <summary>The MSBuild canonical form: <c>path(line,col,endLine,endCol)</c>, 1-based.</summary>
    public override string ToString() => $"{Path}({Start.Line + 1},{Start.Column + 1},{End.Line + 1},{End.Column + 1})";

    public static bool operator ==(SourceSpan left, SourceSpan right) => left.Equals(right);

    public static bool operator !=(SourceSpan left, SourceSpan right) => !left.Equals(right);
}
