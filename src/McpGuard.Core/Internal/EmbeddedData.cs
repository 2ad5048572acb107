using System;
using System.IO;
using System.Text.Json;

namespace McpGuard.Internal;

/// <summary>Reads the data files embedded in this assembly (patterns, name lists): data lives in data, not in code.</summary>
internal static class EmbeddedData
{
    public static JsonDocument Load(string fileName) =>
        JsonDocument.Parse(ReadBytes(fileName), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });

    /// <summary>The file's bytes, for data read by McpGuard's own positioned reader (<c>advisories.json</c>).</summary>
    public static byte[] ReadBytes(string fileName)
    {
        var name = "McpGuard.Data." + fileName;
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded data file '{name}' is missing from the assembly.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    public static string[] ReadStrings(JsonElement element, string propertyName)
    {
        if (!element.TryGetProperty(propertyName, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return Array.Empty<string>();
        }

        var values = new string[array.GetArrayLength()];
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            values[index++] = item.GetString() ?? string.Empty;
        }

        return values;
    }
}
