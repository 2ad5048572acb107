using System.Text;
using BenchmarkDotNet.Attributes;
using McpGuard.Model;

namespace McpGuard.Benchmarks;

/// <summary>
/// One .mcp.json with 1, 100 and 10 000 servers, every rule: the time per server must stay flat (linear growth).
/// Each server has the usual shape: an unpinned npx package (a finding), an env reference and a literal token (a finding).
/// </summary>
[MemoryDiagnoser]
public class ServerScalingBenchmarks
{
    private byte[] _content = System.Array.Empty<byte>();

    [Params(1, 100, 10_000)]
    public int Servers { get; set; }

    [GlobalSetup]
    public void CreateFile()
    {
        var text = new StringBuilder("{\n  \"mcpServers\": {\n");
        for (var i = 0; i < Servers; i++)
        {
            text.Append("    \"server").Append(i).Append("\": {\n")
                .Append("      \"command\": \"npx\",\n")
                .Append("      \"args\": [\"-y\", \"@example/mcp-server-").Append(i).Append("\", \"--port\", \"").Append(3000 + (i % 1000)).Append("\"],\n")
                .Append("      \"env\": { \"API_URL\": \"https://api.example.com/v1\", \"API_TOKEN\": \"${API_TOKEN}\", \"LOG_LEVEL\": \"info\" }\n")
                .Append(i == Servers - 1 ? "    }\n" : "    },\n");
        }

        _content = Encoding.UTF8.GetBytes(text.Append("  }\n}\n").ToString());
    }

    [Benchmark]
    public int CheckFile() => ConfigChecker.Check("/repo/.mcp.json", ConfigFormat.ClaudeProject, _content).Count;
}
