using System.Collections.Generic;
using McpGuard.Syntax;

namespace McpGuard.Model;

/// <summary>One server entry of a configuration, with the positioned nodes the rules look at.</summary>
public sealed class McpServer
{
    internal McpServer(JsonPropertyNode declaration, JsonObjectNode body)
    {
        Declaration = declaration;
        Body = body;
        Command = body.GetString("command");
        Env = body.GetObject("env");
        Headers = body.GetObject("headers");
        Type = body.GetString("type");
        var args = new List<JsonStringNode>();
        if (body.GetArray("args") is { } array)
        {
            foreach (var item in array.Items)
            {
                if (item is JsonStringNode text)
                {
                    args.Add(text);
                }
            }
        }

        Args = args;
        var urls = new List<JsonStringNode>();
        foreach (var key in UrlKeys)
        {
            if (body.GetString(key) is { } url)
            {
                urls.Add(url);
            }
        }

        Urls = urls;
    }

    /// <summary>Keys that name a remote endpoint across clients (<c>serverUrl</c>: Windsurf, <c>httpUrl</c>: Gemini CLI).</summary>
    public static IReadOnlyList<string> UrlKeys { get; } = new[] { "url", "serverUrl", "httpUrl" };

    public string Name => Declaration.Name;

    /// <summary>The server's key, e.g. <c>"github": { … }</c>; findings about the whole server point here.</summary>
    public JsonPropertyNode Declaration { get; }

    public JsonObjectNode Body { get; }

    public JsonStringNode? Command { get; }

    /// <summary>The string items of <c>args</c>, in order (non-string items are a shape problem, not a launch argument).</summary>
    public IReadOnlyList<JsonStringNode> Args { get; }

    public JsonObjectNode? Env { get; }

    public JsonObjectNode? Headers { get; }

    public JsonStringNode? Type { get; }

    public IReadOnlyList<JsonStringNode> Urls { get; }
}
