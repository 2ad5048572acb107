using System.Threading.Tasks;
using McpGuard.Analyzers.ToolCode;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static McpGuard.Analyzers.Tests.ToolCode.ToolCodeHarness;

namespace McpGuard.Analyzers.Tests.ToolCode;

/// <summary>MCPG807 (UngatedMcpEndpoint) on HTTP servers compiled against the real SDK and ModelContextProtocol.AspNetCore, 1.4.1 and 2.4.0.</summary>
[TestClass]
public sealed class UngatedMcpEndpointAnalyzerTests
{
    private const string Server = """
        using System.IO;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.Extensions.DependencyInjection;
        using ModelContextProtocol.Server;

        public static class Program
        {
            public static void Start(string[] args)
            {
                var builder = WebApplication.CreateBuilder(args);
                builder.Services.AddMcpServer().WithHttpTransport().WithTools<FileTools>();
                var app = builder.Build();
                app.MapMcp();
                app.Run("http://0.0.0.0:8080");
            }
        }

        [McpServerToolType]
        public sealed class FileTools
        {
            [McpServerTool(Name = "delete_note")]
            public void DeleteNote() => File.Delete("/srv/notes/old.md");
        }
        """;

    private const string Gated = """
        using Microsoft.AspNetCore.Builder;
        using Microsoft.Extensions.DependencyInjection;
        using ModelContextProtocol.Server;

        public static class Program
        {
            public static void Start(string[] args)
            {
                var builder = WebApplication.CreateBuilder(args);
                builder.Services.AddAuthorization();
                builder.Services.AddMcpServer().WithHttpTransport().WithTools<EchoTools>();
                var app = builder.Build();
                app.MapMcp("/a").RequireAuthorization();
                app.MapGroup("/b").RequireAuthorization("mcp").MapMcp();
                var endpoint = app.MapMcp("/c");
                endpoint.RequireAuthorization();
                app.Run("http://0.0.0.0:8080");
            }
        }

        [McpServerToolType]
        public sealed class EchoTools
        {
            [McpServerTool(Name = "echo")]
            public string Echo(string text) => text;
        }
        """;

    private const string FallbackPolicy = """
        using Microsoft.AspNetCore.Authorization;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.Extensions.DependencyInjection;
        using ModelContextProtocol.Server;

        public static class Program
        {
            public static void Start(string[] args)
            {
                var builder = WebApplication.CreateBuilder(args);
                builder.Services.AddAuthorization(options => options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
                builder.Services.AddMcpServer().WithHttpTransport().WithToolsFromAssembly();
                var app = builder.Build();
                app.MapMcp();
                app.Run();
            }
        }

        [McpServerToolType]
        public sealed class EchoTools
        {
            [McpServerTool(Name = "echo")]
            public string Echo(string text) => text;
        }
        """;

    [TestMethod]
    [DataRow(Oldest)]
    [DataRow(Newest)]
    public async Task UngatedEndpointAndEveryInterfaceBinding_AreReported(string sdkVersion)
    {
        Assert.AreEqual(
            string.Join("\n", new[]
            {
                $"Tools.cs MCPG807 warning {SpanOf(Server, "app.MapMcp()")} MapMcp() publishes the MCP endpoint without RequireAuthorization() and no fallback authorization policy is set: anyone who reaches the port can call the server's tools, including 'delete_note', which deletes or moves files (File.Delete); chain .RequireAuthorization() (or set AuthorizationOptions.FallbackPolicy)",
                $"Tools.cs MCPG807 warning {SpanOf(Server, "\"http://0.0.0.0:8080\"")} The server listens on every interface ('http://0.0.0.0:8080') with an unauthenticated MCP endpoint: anyone who reaches the port can call the server's tools, including 'delete_note', which deletes or moves files (File.Delete); listen on localhost only, or require authorization on the endpoint",
            }),
            Describe(await RunAsync("MCPG807", Server, sdkVersion)));
    }

    [TestMethod]
    [DataRow(Oldest)]
    [DataRow(Newest)]
    public async Task EndpointsWithAuthorizationOrAFallbackPolicy_AreSilent(string sdkVersion)
    {
        Assert.AreEqual(string.Empty, Describe(await RunAsync("MCPG807", Gated, sdkVersion)));
        Assert.AreEqual(string.Empty, Describe(await RunAsync("MCPG807", FallbackPolicy, sdkVersion)));
    }
}
