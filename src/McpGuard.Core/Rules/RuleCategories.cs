namespace McpGuard.Rules;

public static class RuleCategories
{
    public const string Configuration = "Configuration";
    public const string Credentials = "Credentials";
    public const string SupplyChain = "SupplyChain";
    public const string Execution = "Execution";
    public const string Transport = "Transport";
    public const string FileSystem = "FileSystem";
    public const string Approval = "Approval";
    public const string HiddenContent = "HiddenContent";

    /// <summary>The C# code of an MCP server: what tool arguments, chosen by the model, reach.</summary>
    public const string ToolCode = "ToolCode";
}
