using System;
using System.Linq;
using System.Threading.Tasks;
using McpGuard.Build.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Build.Tests;

/// <summary>
/// A repository that builds an MCP server on the ModelContextProtocol C# SDK and references McpGuard: the SDK's own
/// analyzer reports MCP002 (a documented tool method that is not partial) and McpGuard reports MCPG001 (a malformed
/// <c>.mcp.json</c>). Each id belongs to one tool, so <c>NoWarn</c> of one leaves the other's findings alone, and the
/// SDK's ids never reach McpGuard's scan.
/// </summary>
[TestClass]
[DoNotParallelize]
public sealed class SdkAnalyzerCoexistenceTests
{
    // The SDK reports MCP002 as Info at the method name (line 9, column 26).
    private const string Tools = """
        using ModelContextProtocol.Server;

        [McpServerToolType]
        public static class EchoTools
        {
            /// <summary>Echoes the text back.</summary>
            /// <param name="text">The text to echo.</param>
            [McpServerTool]
            public static string Echo(string text) => text;
        }
        """;

    // Strict JSON: the reader stops at the '}' after the trailing comma (line 3, column 34).
    private const string MalformedMcpJson = """
        {
          "mcpServers": {
            "docs": { "command": "node", }
          }
        }
        """;

    // The SDK's MCP002 comes from its source generator, whose diagnostics follow .globalconfig (not per-file
    // .editorconfig sections), so the .globalconfig raises it to a warning. McpGuard reads the same file and ignores the
    // SDK's id.
    private const string GlobalConfig = """
        is_global = true
        dotnet_diagnostic.MCP002.severity = warning
        """;

    // An McpGuard error stops the project's build before the compiler runs, so MCPG001 is lowered to a warning here:
    // both tools then report in one build, and each entry reaches only its own tool.
    private const string EditorConfig = """
        root = true

        [*.json]
        dotnet_diagnostic.MCPG001.severity = warning
        """;

    [TestMethod]
    [DataRow("1.4.1")]
    [DataRow("2.4.0")]
    public async Task BothAnalyzers_ReportEachWithItsOwnId(string sdkVersion)
    {
        var repository = await CreateServerAsync(sdkVersion);

        var build = await repository.BuildAsync("src/Server/Server.csproj");

        Fixture.AssertAt(Tools, 9, 26, "Echo(");
        Fixture.AssertAt(MalformedMcpJson, 3, 34, "}");
        AssertSdkFinding(build, repository.Root, present: true);
        FindingAssert.AreExactly(build, repository.Root, new ExpectedFinding(".mcp.json", 3, 34, 3, 34, "warning", "MCPG001"));
        FindingAssert.ExitCodeIs(build, 0);
    }

    [TestMethod]
    public async Task NoWarnOfOneTool_LeavesTheOtherToolsFindings()
    {
        var repository = await CreateServerAsync("2.4.0");

        // --no-incremental: NoWarn is not an input of the compiler's up-to-date check, so the second build would skip it.
        var sdkSilenced = await repository.BuildAsync("src/Server/Server.csproj", "--no-incremental", "-p:NoWarn=MCP001%3BMCP002%3BCS1591");
        AssertSdkFinding(sdkSilenced, repository.Root, present: false);
        FindingAssert.AreExactly(sdkSilenced, repository.Root, new ExpectedFinding(".mcp.json", 3, 34, 3, 34, "warning", "MCPG001"));
        FindingAssert.ExitCodeIs(sdkSilenced, 0);

        var mcpGuardSilenced = await repository.BuildAsync("src/Server/Server.csproj", "--no-incremental", "-p:NoWarn=MCPG001%3BCS1591");
        AssertSdkFinding(mcpGuardSilenced, repository.Root, present: true);
        FindingAssert.AreExactly(mcpGuardSilenced, repository.Root);
        FindingAssert.ExitCodeIs(mcpGuardSilenced, 0);
    }

    /// <summary>
    /// The scan's inputs as ScanMcpConfigs computes them from the project's NoWarn and WarningsAsErrors: ids of the SDK
    /// (MCP001, MCP002, MCP9001, MCPEXP001), of the compiler and look-alikes (MCPG1, MCPG0001) are not McpGuard's and must
    /// neither reach nor split the scan.
    /// </summary>
    [TestMethod]
    public void OnlyMcpGuardIds_ReachTheScan()
    {
        var input = new McpGuard.Scanning.ScanInput();
        input.NoWarn.AddRange(McpGuard.Scanning.ScanInput.RuleIds("MCP001;MCP002;MCP9001;MCPEXP001; MCPG101 ;MCPG1;MCPG0001;CS1591"));
        input.WarningsAsErrors.AddRange(McpGuard.Scanning.ScanInput.RuleIds("MCP002,MCPG201"));

        var parsed = McpGuard.Scanning.ScanInput.Parse(input.Serialize());

        CollectionAssert.AreEqual(new[] { "MCPG101" }, parsed.NoWarn);
        CollectionAssert.AreEqual(new[] { "MCPG201" }, parsed.WarningsAsErrors);
    }

    private static async Task<TestRepository> CreateServerAsync(string sdkVersion)
    {
        var repository = await TestRepository.CreateAsync("sdk-coexistence");
        repository.WriteProject(
            "src/Server/Server.csproj",
            properties: "<OutputType>Exe</OutputType><Nullable>enable</Nullable><GenerateDocumentationFile>true</GenerateDocumentationFile><NoWarn>$(NoWarn);CS1591</NoWarn>",
            items: $"""<PackageReference Include="ModelContextProtocol" Version="{sdkVersion}" />""");
        repository.WriteFile("src/Server/Program.cs", "System.Console.WriteLine(\"server\");");
        repository.WriteFile("src/Server/Tools.cs", Tools);
        repository.WriteFile(".editorconfig", EditorConfig);
        repository.WriteFile(".globalconfig", GlobalConfig);
        repository.WriteFile(".mcp.json", MalformedMcpJson);
        return repository;
    }

    private static void AssertSdkFinding(BuildRun build, string root, bool present)
    {
        var sdkFindings = build.Log.Diagnostics
            .Where(d => d.Code == "MCP002")
            .Select(d => $"{FindingAssert.Relative(root, d.File)}({d.Line},{d.Column}): {d.Severity} {d.Code}")
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var expected = present ? new[] { "src/Server/Tools.cs(9,26): warning MCP002" } : Array.Empty<string>();
        CollectionAssert.AreEqual(expected, sdkFindings, build.Describe());
        Assert.IsFalse(build.Log.Diagnostics.Any(d => d.Code == "MCP001"), build.Describe());
    }
}
