namespace McpGuard.Text;

/// <summary>A suspicious part of a string: where it is (UTF-16 offset and length in the string given) and why, in a few words.</summary>
public readonly struct TextFinding : System.IEquatable<TextFinding>
{
    public TextFinding(int offset, int length, string reason)
    {
        Offset = offset;
        Length = length;
        Reason = reason;
    }

    public int Offset { get; }

    public int Length { get; }

    /// <summary>Short and free of the text itself, e.g. "zero-width characters" or "tells the model to ignore its instructions".</summary>
    public string Reason { get; }

    public bool Equals(TextFinding other) => Offset == other.Offset && Length == other.Length && Reason == other.Reason;

    public override bool Equals(object? obj) => obj is TextFinding other && Equals(other);

    public override int GetHashCode() => (Offset * 397) ^ Length ^ (Reason?.GetHashCode() ?? 0);

    public override string ToString() => $"{Offset}+{Length}: {Reason}";
}
