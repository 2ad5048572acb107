namespace McpGuard.Fuzzer;

/// <summary>What went wrong on one input: <c>exception</c>, <c>slow</c>, <c>memory</c>, <c>leak</c> or <c>bad-span</c>.</summary>
/// <param name="Kind">The oracle that fired.</param>
/// <param name="Format">The format reader (ConfigFormat id) the input was checked as.</param>
/// <param name="Detail">Exception type and top frame, elapsed time, or the leaking fixture; never file content.</param>
/// <param name="Input">The input, to reproduce it.</param>
/// <param name="Mutations">The mutations that produced it.</param>
public sealed record FuzzFinding(string Kind, string Format, string Detail, byte[] Input, string Mutations)
{
    /// <summary>Findings with the same signature are one bug.</summary>
    public string Signature => $"{Kind}|{Format}|{Detail}";
}
