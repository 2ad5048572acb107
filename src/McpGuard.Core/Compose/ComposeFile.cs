using System;
using McpGuard.Parsing.Yaml;
using McpGuard.Syntax;

namespace McpGuard.Compose;

/// <summary>A Compose file read into the positioned tree (YamlDotNet's event parser, as for Continue's YAML): its <c>services</c>.</summary>
internal sealed class ComposeFile
{
    private readonly JsonObjectNode _services;

    private ComposeFile(string path, JsonObjectNode services)
    {
        Path = path;
        FileName = System.IO.Path.GetFileName(path);
        _services = services;
    }

    public string Path { get; }

    public string FileName { get; }

    /// <summary>Each service's name and body, in file order.</summary>
    public System.Collections.Generic.IEnumerable<(string Name, JsonObjectNode Body)> Services
    {
        get
        {
            foreach (var property in _services.Properties)
            {
                if (property.Value is JsonObjectNode body)
                {
                    yield return (property.Name, body);
                }
            }
        }
    }

    public JsonObjectNode? GetService(string name) => _services.GetObject(name);

    /// <summary>The file, or <c>null</c> when it is not YAML or has no <c>services</c> mapping: bad input is not judged, never thrown.</summary>
    public static ComposeFile? Parse(string path, string text)
    {
        try
        {
            var parsed = YamlConfigParser.Parse(path, text);
            return parsed.Error is null && parsed.Root is JsonObjectNode root && root.GetObject("services") is { } services
                ? new ComposeFile(path, services)
                : null;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return null;
        }
    }

    /// <summary>"compose.yaml line 12" for a node of this file.</summary>
    public string Describe(JsonNode node) => FileName + " line " + (node.Span.Start.Line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
