using McpGuard.Model;

namespace McpGuard.Discovery;

/// <summary>A configuration file to check and the client format it is read with.</summary>
public sealed class ConfigFile
{
    public ConfigFile(string path, ConfigFormat format)
    {
        Path = path;
        Format = format;
    }

    public string Path { get; }

    public ConfigFormat Format { get; }

    public override string ToString() => $"{Path} ({Format.Id})";
}
