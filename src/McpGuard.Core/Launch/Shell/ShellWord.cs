using McpGuard.Syntax;

namespace McpGuard.Launch.Shell;

/// <summary>
/// One word of a command after quotes are removed, and where it was written: the JSON string it comes from and its
/// offset and length in that string's decoded value (<see cref="Start"/> is -1 when the position is not known).
/// </summary>
public sealed class ShellWord
{
    public ShellWord(string text, JsonStringNode? source, int start, int length)
    {
        Text = text;
        Source = source;
        Start = start;
        Length = length;
    }

    /// <summary>The word as the program receives it (quotes removed, escapes applied; substitutions kept as written).</summary>
    public string Text { get; }

    /// <summary>The JSON string the word was read from; <c>null</c> for text that came from no file.</summary>
    public JsonStringNode? Source { get; }

    public int Start { get; }

    public int Length { get; }

    /// <summary>A whole JSON string used as one word (a <c>command</c> or an <c>args</c> item).</summary>
    internal static ShellWord Whole(JsonStringNode node) => new(node.Value, node, 0, node.Value.Length);

    public override string ToString() => Text;
}
