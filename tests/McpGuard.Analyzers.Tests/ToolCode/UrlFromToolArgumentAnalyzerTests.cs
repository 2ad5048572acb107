using System.Threading.Tasks;
using McpGuard.Analyzers.ToolCode;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static McpGuard.Analyzers.Tests.ToolCode.ToolCodeHarness;

namespace McpGuard.Analyzers.Tests.ToolCode;

/// <summary>MCPG804 (UrlFromToolArgument) on servers compiled against the real SDK, 1.4.1 and 2.4.0.</summary>
[TestClass]
public sealed class UrlFromToolArgumentAnalyzerTests
{
    private const string Server = """
        using System;
        using System.Net.Http;
        using System.Threading.Tasks;
        using ModelContextProtocol.Server;

        [McpServerToolType]
        public sealed class WebTools(HttpClient http)
        {
            [McpServerTool(Name = "fetch")]
            public Task<string> Fetch(string url) => http.GetStringAsync(url);

            [McpServerTool(Name = "status")]
            public async Task<string> Status(string host)
            {
                var address = $"https://{host}/health";
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(address));
                return (await http.SendAsync(request)).StatusCode.ToString();
            }

            [McpServerTool(Name = "post")]
            public Task<HttpResponseMessage> Post(string endpoint, string body) => http.PostAsync("http" + endpoint, new StringContent(body));
        }
        """;

    private const string Clean = """
        using System;
        using System.Net.Http;
        using System.Threading.Tasks;
        using ModelContextProtocol.Server;

        [McpServerToolType]
        public sealed class ApiTools(HttpClient http)
        {
            private static readonly string[] AllowedHosts = { "api.github.com" };

            [McpServerTool(Name = "repo")]
            public Task<string> Repo(string owner, string name) => http.GetStringAsync($"https://api.github.com/repos/{owner}/{name}");

            [McpServerTool(Name = "search")]
            public Task<string> Search(string query) => http.GetStringAsync("search?q=" + Uri.EscapeDataString(query));

            [McpServerTool(Name = "fetch")]
            public Task<string> Fetch(string url)
            {
                var uri = new Uri(url);
                if (Array.IndexOf(AllowedHosts, uri.Host) < 0) throw new ArgumentException("host not allowed");
                return http.GetStringAsync(uri);
            }

            [McpServerTool(Name = "docs")]
            public Task<string> Docs(string page) => http.GetStringAsync(new Uri(new Uri("https://learn.microsoft.com/"), "dotnet/" + page));
        }
        """;

    [TestMethod]
    [DataRow(Oldest)]
    [DataRow(Newest)]
    public async Task RequestsToHostsFromToolArguments_AreReportedAtTheUri(string sdkVersion)
    {
        Assert.AreEqual(
            string.Join("\n", new[]
            {
                $"Tools.cs MCPG804 warning {SpanIn(Server, "GetStringAsync(url)", "url")} MCP tool 'fetch' sends a request to a URL whose host comes from its argument 'url': check the host against an allow list before sending",
                $"Tools.cs MCPG804 warning {SpanOf(Server, "new Uri(address)")} MCP tool 'status' sends a request to a URL whose host comes from its argument 'host': check the host against an allow list before sending",
                $"Tools.cs MCPG804 warning {SpanOf(Server, "\"http\" + endpoint")} MCP tool 'post' sends a request to a URL whose host comes from its argument 'endpoint': check the host against an allow list before sending",
            }),
            Describe(await RunAsync("MCPG804", Server, sdkVersion)));
    }

    [TestMethod]
    [DataRow(Oldest)]
    [DataRow(Newest)]
    public async Task FixedHostsRelativePathsAndCheckedHosts_AreSilent(string sdkVersion)
    {
        Assert.AreEqual(string.Empty, Describe(await RunAsync("MCPG804", Clean, sdkVersion)));
    }
}
