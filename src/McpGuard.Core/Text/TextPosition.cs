namespace McpGuard.Text;

/// <summary>A position in a configuration file. All values are 0-based; <see cref="ToString"/> is 1-based like compiler output.</summary>
/// <remarks><see cref="Offset"/> and <see cref="Column"/> count UTF-16 characters of the decoded text, never UTF-8 bytes.</remarks>
public readonly struct TextPosition : System.IEquatable<TextPosition>
{
    public TextPosition(int offset, int line, int column)
    {
        Offset = offset;
        Line = line;
        Column = column;
    }

    public int Offset { get; }

    public int Line { get; }

    public int Column { get; }

    public bool Equals(TextPosition other) => Offset == other.Offset && Line == other.Line && Column == other.Column;

    public override bool Equals(object? obj) => obj is TextPosition other && Equals(other);

    public override int GetHashCode() => (Offset * 397) ^ (Line * 31) ^ Column;

    public override string ToString() => $"({Line + 1},{Column + 1})";

    public static bool operator ==(TextPosition left, TextPosition right) => left.Equals(right);

    public static bool operator !=(TextPosition left, TextPosition right) => !left.Equals(right);
}
