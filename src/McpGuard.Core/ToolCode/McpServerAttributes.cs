namespace McpGuard.ToolCode;

/// <summary>
/// The metadata names of the ModelContextProtocol SDK's attributes that make a method a tool, prompt or resource: the
/// SDK's own API, and what both C# analyzers look up first in a compilation. Kept out of <c>tool-sinks.json</c> so that
/// a compilation without the SDK reads no data file.
/// </summary>
public static class McpServerAttributes
{
    public const string Tool = "ModelContextProtocol.Server.McpServerToolAttribute";

    public const string Prompt = "ModelContextProtocol.Server.McpServerPromptAttribute";

    public const string Resource = "ModelContextProtocol.Server.McpServerResourceAttribute";
}
