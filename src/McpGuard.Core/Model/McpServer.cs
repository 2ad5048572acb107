using System.Collections.Generic;
using McpGuard.Syntax;
using McpGuard.Text;

namespace McpGuard.Model;

/// <summary>One server entry of a configuration, with the positioned nodes the rules look at.</summary>
public sealed class McpServer
{
    internal McpServer(string name, SourceSpan nameSpan, JsonObjectNode body)
    {
        Name = name;
        NameSpan = nameSpan;
        Body = body;

        // Zed's legacy form nests the launch under "command": { "path", "args", "env" }.
        var launch = body.GetObject("command") ?? body;
        Command = launch == body ? body.GetString("command") : launch.GetString("path");
        Env = launch.GetObject("env") ?? body.GetObject("env");
        Headers = body.GetObject("headers") ?? body.GetObject("http_headers") ?? body.GetObject("requestOptions")?.GetObject("headers");
        Type = body.GetString("type") ?? body.GetString("transportType");
        Args = StringItems(launch.GetArray("args") ?? body.GetArray("args"));
        var urls = new List<JsonStringNode>();
        foreach (var key in UrlKeys)
        {
            if (body.GetString(key) is { } url)
            {
                urls.Add(url);
            }
        }

        // MCP registry packages name their endpoint under transport.url.
        if (body.GetObject("transport")?.GetString("url") is { } transportUrl)
        {
            urls.Add(transportUrl);
        }

        Urls = urls;
    }

    /// <summary>Keys that name a remote endpoint across clients (<c>serverUrl</c>: Windsurf, <c>httpUrl</c>: Gemini CLI).</summary>
    public static IReadOnlyList<string> UrlKeys { get; } = new[] { "url", "serverUrl", "httpUrl" };

    public string Name { get; }

    /// <summary>Where the server is named (its key, or its <c>name</c> value in list-shaped files); findings about the whole server point here.</summary>
    public SourceSpan NameSpan { get; }

    public JsonObjectNode Body { get; }

    public JsonStringNode? Command { get; }

    /// <summary>The string items of <c>args</c>, in order (non-string items are a shape problem, not a launch argument).</summary>
    public IReadOnlyList<JsonStringNode> Args { get; }

    public JsonObjectNode? Env { get; }

    public JsonObjectNode? Headers { get; }

    public JsonStringNode? Type { get; }

    public IReadOnlyList<JsonStringNode> Urls { get; }

    private static List<JsonStringNode> StringItems(JsonArrayNode? array)
    {
        var items = new List<JsonStringNode>();
        if (array is not null)
        {
            foreach (var item in array.Items)
            {
                if (item is JsonStringNode text)
                {
                    items.Add(text);
                }
            }
        }

        return items;
    }
}
