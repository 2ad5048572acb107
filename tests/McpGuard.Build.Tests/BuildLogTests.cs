using McpGuard.Build.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Build.Tests;

/// <summary>The log parser every end-to-end assertion relies on.</summary>
[TestClass]
public sealed class BuildLogTests
{
    private const string Project = "/tmp/packages/mcpguard.build/0.1.0/build/McpGuard.Scan.proj";

    [TestMethod]
    public void TryParseLine_FullRange_ReadsEveryPart()
    {
        var line = $"/repo/.mcp.json(7,41,7,83): error MCPG102: Server 'github' sets 'X' to a literal value (****[41 chars]); fix it (https://example.com/MCPG102.md) [{Project}]";

        Assert.IsTrue(BuildLog.TryParseLine(line, out var diagnostic));

        Assert.AreEqual("/repo/.mcp.json", diagnostic.File);
        Assert.AreEqual(7, diagnostic.Line);
        Assert.AreEqual(41, diagnostic.Column);
        Assert.AreEqual(7, diagnostic.EndLine);
        Assert.AreEqual(83, diagnostic.EndColumn);
        Assert.AreEqual("error", diagnostic.Severity);
        Assert.AreEqual("MCPG102", diagnostic.Code);
        Assert.AreEqual("Server 'github' sets 'X' to a literal value (****[41 chars]); fix it (https://example.com/MCPG102.md)", diagnostic.Message);
        Assert.AreEqual(Project, diagnostic.Project);
    }

    [TestMethod]
    public void TryParseLine_NodePrefixAndStartOnly_ReadsPositionAsEmptyRange()
    {
        Assert.IsTrue(BuildLog.TryParseLine("  1:7>/repo/.mcp.json(3,24): warning MCPG001: bad (url) [/repo/a.csproj]", out var diagnostic));

        Assert.AreEqual("/repo/.mcp.json", diagnostic.File);
        Assert.AreEqual(3, diagnostic.Line);
        Assert.AreEqual(24, diagnostic.Column);
        Assert.AreEqual(3, diagnostic.EndLine);
        Assert.AreEqual(24, diagnostic.EndColumn);
        Assert.AreEqual("warning", diagnostic.Severity);
        Assert.AreEqual("/repo/a.csproj", diagnostic.Project);
    }

    [TestMethod]
    public void TryParseLine_WindowsPathAndSubcategory_ReadsFileAndCode()
    {
        Assert.IsTrue(BuildLog.TryParseLine(@"C:\repo (1)\.vscode\mcp.json(2,3,2,10): McpGuard warning MCPG201: m [C:\repo (1)\a.csproj]", out var diagnostic));

        Assert.AreEqual(@"C:\repo (1)\.vscode\mcp.json", diagnostic.File);
        Assert.AreEqual("MCPG201", diagnostic.Code);
        Assert.AreEqual("m", diagnostic.Message);
    }

    [TestMethod]
    public void TryParseLine_NoLocation_ReadsOriginAndCode()
    {
        Assert.IsTrue(BuildLog.TryParseLine("/repo/a.csproj : error NU1101: Unable to find package X. [/repo/a.csproj]", out var diagnostic));

        Assert.AreEqual("/repo/a.csproj", diagnostic.File);
        Assert.AreEqual(0, diagnostic.Line);
        Assert.AreEqual("NU1101", diagnostic.Code);
    }

    [TestMethod]
    public void TryParseLine_OrdinaryOutput_IsNotADiagnostic()
    {
        Assert.IsFalse(BuildLog.TryParseLine("  App -> /repo/src/App/bin/Debug/net10.0/App.dll", out _));
        Assert.IsFalse(BuildLog.TryParseLine("    1 Warning(s)", out _));
        Assert.IsFalse(BuildLog.TryParseLine("  Restored /repo/src/App/App.csproj (in 279 ms).", out _));
    }

    [TestMethod]
    public void Parse_LogWithSummary_KeepsTheSummaryApart()
    {
        const string output = """
              Determining projects to restore...
            /repo/.mcp.json(5,22,5,59): warning MCPG201: a [/x.proj]
            /repo/.mcp.json(7,41,7,83): error MCPG101: b [/x.proj]

            Build FAILED.

            /repo/.mcp.json(5,22,5,59): warning MCPG201: a [/x.proj]
            /repo/.mcp.json(7,41,7,83): error MCPG101: b [/x.proj]
                1 Warning(s)
                1 Error(s)
            """;

        var log = BuildLog.Parse(output);

        Assert.IsTrue(log.HasSummary);
        Assert.HasCount(2, log.Diagnostics);
        Assert.HasCount(2, log.SummaryDiagnostics);
        Assert.AreEqual("MCPG201", log.Diagnostics[0].Code);
        Assert.AreEqual("MCPG101", log.Diagnostics[1].Code);
    }

    [TestMethod]
    public void Parse_LogWithoutSummary_KeepsEveryLine()
    {
        var log = BuildLog.Parse("/repo/.mcp.json(1,1): error MCPG001: a\n/repo/.mcp.json(1,1): error MCPG001: a\n");

        Assert.IsFalse(log.HasSummary);
        Assert.HasCount(2, log.Diagnostics);
        Assert.IsEmpty(log.SummaryDiagnostics);
    }
}
