using System.Threading.Tasks;
using McpGuard.Analyzers.ToolCode;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static McpGuard.Analyzers.Tests.ToolCode.ToolCodeHarness;

namespace McpGuard.Analyzers.Tests.ToolCode;

/// <summary>MCPG805 (SecretReturnedToModel) on servers compiled against the real SDK, 1.4.1 and 2.4.0.</summary>
[TestClass]
public sealed class SecretReturnedToModelAnalyzerTests
{
    private const string Server = """
        using System;
        using Microsoft.Extensions.Configuration;
        using ModelContextProtocol.Server;

        [McpServerToolType]
        public sealed class DiagnosticsTools(IConfiguration configuration)
        {
            [McpServerTool(Name = "debug_auth")]
            public string DebugAuth()
            {
                var token = Environment.GetEnvironmentVariable("GITHUB_TOKEN");
                return $"Using token {token}";
            }

            [McpServerTool(Name = "settings")]
            public object Settings() => new { Endpoint = configuration["OpenAI:Endpoint"], Key = configuration["OpenAI:ApiKey"] };

            [McpServerTool(Name = "env")]
            public string Env() => System.Text.Json.JsonSerializer.Serialize(Environment.GetEnvironmentVariables());

            [McpServerTool(Name = "database")]
            public string? Database() => Describe(configuration.GetConnectionString("Default"));

            private static string? Describe(string? connection) => "Connected with " + connection;
        }
        """;

    private const string Clean = """
        using System;
        using Microsoft.Extensions.Configuration;
        using ModelContextProtocol.Server;

        [McpServerToolType]
        public sealed class StatusTools(IConfiguration configuration)
        {
            [McpServerTool(Name = "auth_status")]
            public string AuthStatus()
            {
                var token = Environment.GetEnvironmentVariable("GITHUB_TOKEN");
                return string.IsNullOrEmpty(token) ? "GITHUB_TOKEN is not set" : $"GITHUB_TOKEN is set ({token.Length} characters)";
            }

            [McpServerTool(Name = "settings")]
            public object Settings() => new { Endpoint = configuration["OpenAI:Endpoint"], MaxTokens = configuration["OpenAI:MaxTokens"], Home = Environment.GetEnvironmentVariable("HOME") };
        }
        """;

    [TestMethod]
    [DataRow(Oldest)]
    [DataRow(Newest)]
    public async Task CredentialsInToolResults_AreReportedAtTheReturnedValue(string sdkVersion)
    {
        Assert.AreEqual(
            string.Join("\n", new[]
            {
                $"Tools.cs MCPG805 warning {SpanOf(Server, "$\"Using token {token}\"")} MCP tool 'debug_auth' returns the value of 'GITHUB_TOKEN' to the model; whatever the model reads can leave through its next tool call: return whether it is set, never its value",
                $"Tools.cs MCPG805 warning {SpanOf(Server, "new { Endpoint = configuration[\"OpenAI:Endpoint\"], Key = configuration[\"OpenAI:ApiKey\"] }")} MCP tool 'settings' returns the value of 'OpenAI:ApiKey' to the model; whatever the model reads can leave through its next tool call: return whether it is set, never its value",
                $"Tools.cs MCPG805 warning {SpanOf(Server, "System.Text.Json.JsonSerializer.Serialize(Environment.GetEnvironmentVariables())")} MCP tool 'env' returns every environment variable to the model; whatever the model reads can leave through its next tool call: return whether it is set, never its value",
                $"Tools.cs MCPG805 warning {SpanOf(Server, "Describe(configuration.GetConnectionString(\"Default\"))")} MCP tool 'database' returns the connection string 'Default' to the model; whatever the model reads can leave through its next tool call: return whether it is set, never its value",
            }),
            Describe(await RunAsync("MCPG805", Server, sdkVersion)));
    }

    [TestMethod]
    [DataRow(Oldest)]
    [DataRow(Newest)]
    public async Task WhetherACredentialIsSetAndOtherSettings_AreSilent(string sdkVersion)
    {
        Assert.AreEqual(string.Empty, Describe(await RunAsync("MCPG805", Clean, sdkVersion)));
    }
}
