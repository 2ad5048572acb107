using McpGuard.Syntax;

namespace McpGuard.Launch;

/// <summary>One word of a launch command and the JSON string it came from (a whole argument, or a script it was split out of).</summary>
public sealed class CommandToken
{
    public CommandToken(string text, JsonStringNode source)
    {
        Text = text;
        Source = source;
    }

    public string Text { get; }

    public JsonStringNode Source { get; }

    public override string ToString() => Text;
}
