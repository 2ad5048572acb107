using System.Linq;
using System.Threading.Tasks;
using McpGuard.Analyzers.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Analyzers.Tests;

/// <summary>Issue 17: names, keys and values of a configuration reach a diagnostic's message escaped, never as raw controls.</summary>
[TestClass]
public sealed class InertDiagnosticTests
{
    [TestMethod]
    public async Task HostileServerName_DiagnosticsCarryItEscaped()
    {
        const string json = """{ "mcpServers": { "docs\u001b[2K\u001b[1A\u001b]0;pwned\u0007\u202e": { "command": "npx", "args": ["-y", "docs-mcp\u001b[2K"] } } }""";

        var diagnostics = await new AnalyzerRunner().WithConfig("/repo/.mcp.json", json, "claude").RunAsync();

        CollectionAssert.AreEqual(
            new[]
            {
                ".mcp.json MCPG701 error (1,24)-(1,30)",
                ".mcp.json MCPG701 error (1,33)-(1,39)",
                ".mcp.json MCPG701 error (1,42)-(1,48)",
                ".mcp.json MCPG701 error (1,56)-(1,62)",
                ".mcp.json MCPG701 error (1,62)-(1,68)",
                ".mcp.json MCPG201 warning (1,106)-(1,125)",
                ".mcp.json MCPG701 error (1,115)-(1,121)",
            },
            diagnostics.Select(AnalyzerRunner.Describe).ToList());
        foreach (var message in diagnostics.Select(d => d.GetMessage()))
        {
            Assert.AreEqual(-1, message.IndexOfAny(new[] { '\u001b', '\u0007', '\u202e' }), message);
        }

        StringAssert.Contains(diagnostics[0].GetMessage(), @"'mcpServers.docs\u001B[2K\u001B[1A\u001B]0;pwned\u0007\u202E' contains control characters (U+001B)");
        StringAssert.Contains(diagnostics[5].GetMessage(), @"npm package 'docs-mcp\u001B[2K'");
    }
}
