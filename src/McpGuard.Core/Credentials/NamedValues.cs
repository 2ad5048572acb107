using System.Collections.Generic;
using System.Text.Json;
using McpGuard.Syntax;
using McpGuard.Rules;

namespace McpGuard.Credentials;

/// <summary>
/// Every named value of a document: servers' <c>env</c> and <c>headers</c>, named arguments, Claude Code settings'
/// <c>env</c>, and the keys of JSON held in any of them (Notion's <c>OPENAPI_MCP_HEADERS</c>).
/// </summary>
internal static class NamedValues
{
    private const int MaxNestingDepth = 3;

    public static IEnumerable<NamedValue> Enumerate(RuleContext context)
    {
        var document = context.Document;
        var values = new List<NamedValue>();
        foreach (var server in document.Servers)
        {
            AddProperties(values, server.Env, NamedValueKind.Variable, inSettings: false);
            AddProperties(values, server.Headers, NamedValueKind.Header, inSettings: false);
            values.AddRange(ArgumentValues.Read(context, server));
        }

        AddProperties(values, document.SettingsEnv, NamedValueKind.Variable, inSettings: true);
        foreach (var value in values)
        {
            yield return value;
            foreach (var nested in Expand(value, value.Value, 1))
            {
                yield return nested;
            }
        }
    }

    private static void AddProperties(List<NamedValue> values, JsonObjectNode? map, NamedValueKind kind, bool inSettings)
    {
        if (map is null)
        {
            return;
        }

        foreach (var property in map.Properties)
        {
            if (property.Value is JsonStringNode text)
            {
                values.Add(new NamedValue(kind, property.Name, text.Value, text, text.GetPath(), inSettings));
            }
        }
    }

    /// <summary>A value that is JSON text (an object, or a JSON string that holds one) yields its keys as named values.</summary>
    private static IEnumerable<NamedValue> Expand(NamedValue outer, string text, int depth)
    {
        var trimmed = text.Trim();
        if (depth > MaxNestingDepth || trimmed.Length < 2 || trimmed.Length > CredentialScanner.MaxScannedLength || !MayBeJsonObject(trimmed))
        {
            return System.Array.Empty<NamedValue>();
        }

        var found = new List<NamedValue>();
        try
        {
            using var json = JsonDocument.Parse(trimmed, new JsonDocumentOptions { MaxDepth = 16 });
            Collect(outer, json.RootElement, outer.Path, depth, found);
        }
        catch (JsonException)
        {
            // Not JSON after all: the value is judged as the text it is.
        }

        return found;
    }

    /// <summary>
    /// <c>{…"…"…:…}</c>, or a JSON string that may hold one: the cheap test in front of the parser, whose exception for
    /// the many values that only start like JSON (<c>{{ template }}</c>) costs more than checking the whole file.
    /// </summary>
    private static bool MayBeJsonObject(string trimmed)
    {
        var last = trimmed[trimmed.Length - 1];
        return trimmed[0] == '{'
            ? last == '}' && trimmed.IndexOf('"') > 0 && trimmed.IndexOf(':') > 0
            : trimmed[0] == '"' && last == '"' && trimmed.IndexOf('{') > 0;
    }

    private static void Collect(NamedValue outer, JsonElement element, string path, int depth, List<NamedValue> found)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            found.AddRange(Expand(outer, element.GetString() ?? string.Empty, depth + 1));
            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var kind = outer.Kind == NamedValueKind.Header || IsHeaderMap(outer.Name) ? NamedValueKind.Header : NamedValueKind.JsonKey;
        foreach (var property in element.EnumerateObject())
        {
            var innerPath = path + " > " + property.Name;
            if (property.Value.ValueKind == JsonValueKind.String)
            {
                var value = new NamedValue(kind, property.Name, property.Value.GetString() ?? string.Empty, outer.Node, innerPath, outer.InSettings);
                found.Add(value);
                found.AddRange(Expand(value, value.Value, depth + 1));
            }
            else if (property.Value.ValueKind == JsonValueKind.Object && depth < MaxNestingDepth)
            {
                Collect(outer, property.Value, innerPath, depth + 1, found);
            }
        }
    }

    private static bool IsHeaderMap(string name)
    {
        var tokens = CredentialNames.Tokenize(name);
        return tokens.Contains("HEADERS") || tokens.Contains("HEADER");
    }
}
