using System;
using System.Text;
using McpGuard.Model;
using McpGuard.Parsing.Toml;
using McpGuard.Parsing.Yaml;

namespace McpGuard.Parsing;

/// <summary>Reads a file in its client's syntax into the one positioned tree.</summary>
public static class ConfigReader
{
    public static JsonParseResult Read(string path, ConfigFormat format, ReadOnlyMemory<byte> utf8) => format.Dialect switch
    {
        JsonDialect.Toml => TomlConfigParser.Parse(path, Decode(utf8)),
        JsonDialect.Yaml => YamlConfigParser.Parse(path, Decode(utf8)),
        _ => JsonConfigParser.Parse(path, utf8, format.Dialect),
    };

    /// <summary>Invalid UTF-8 becomes U+FFFD, which the readers report where it matters.</summary>
    private static string Decode(ReadOnlyMemory<byte> utf8) => Encoding.UTF8.GetString(utf8.ToArray());
}
