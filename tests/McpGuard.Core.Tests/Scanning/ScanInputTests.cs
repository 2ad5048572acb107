using System.Linq;
using McpGuard.Scanning;
using McpGuard.Suppression;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Scanning;

/// <summary>The scan project's one global property: every input survives the trip, and equal inputs give equal text.</summary>
[TestClass]
public sealed class ScanInputTests
{
    [TestMethod]
    public void Serialize_OddPathsAndJustifications_ParseBackExactly()
    {
        var input = new ScanInput { RepositoryRoot = "/r/", SarifFile = "/r/out dir/mcp~guard.sarif", TreatWarningsAsErrors = true, CacheDirectory = "/c;d" };
        input.Configs.Add(("claude", "/r/pipe|and>angle/x|claude>y/.mcp.json"));
        input.Configs.Add(("cursor", "/r/per%41cent/semi;colon/dollar$(x)@y/quote'/é=ü/.cursor/mcp.json"));
        input.Suppressions.Add(new SuppressionEntry("MCPG201", ".mcp.json", "browser", null, "pinned by the 'lab' team; see #12 | 100% reviewed"));
        input.Settings["McpGuardMode"] = "strict";
        input.NoWarn.Add("MCPG401");
        input.GlobalConfigs.Add("/r/.globalconfig");

        var parsed = ScanInput.Parse(input.Serialize());

        CollectionAssert.AreEqual(input.Configs.OrderBy(c => c.Path, System.StringComparer.Ordinal).ToList(), parsed.Configs);
        Assert.AreEqual(input.Suppressions.Single().Serialize(), parsed.Suppressions.Single().Serialize());
        Assert.AreEqual("strict", parsed.Settings["McpGuardMode"]);
        CollectionAssert.AreEqual(new[] { "MCPG401" }, parsed.NoWarn);
        CollectionAssert.AreEqual(new[] { "/r/.globalconfig" }, parsed.GlobalConfigs);
        Assert.AreEqual("/r/out dir/mcp~guard.sarif", parsed.SarifFile);
        Assert.AreEqual("/c;d", parsed.CacheDirectory);
        Assert.IsTrue(parsed.TreatWarningsAsErrors);
        Assert.AreEqual(input.Serialize(), parsed.Serialize());
    }

    /// <summary>MSBuild unescapes %XX and splits on ';' in property values handed to tasks: the text has neither, nor '$', '@', quotes or parentheses.</summary>
    [TestMethod]
    public void Serialize_HoldsNoCharacterMSBuildInterprets()
    {
        var input = new ScanInput();
        input.Configs.Add(("claude", "/r/per%41cent/semi;colon/dollar$(x)@y/quote'*?/.mcp.json"));
        input.Suppressions.Add(new SuppressionEntry("MCPG201", justification: "50% (reviewed); @team $x 'q'"));

        var text = input.Serialize();

        foreach (var c in "%;$@'()*?\"\n")
        {
            Assert.DoesNotContain(c.ToString(), text, $"'{c}' in {text}");
        }
    }

    /// <summary>Projects that differ only in their own compiler warnings or in the order of their items ask for the same scan.</summary>
    [TestMethod]
    public void Serialize_OtherIdsAndItemOrder_DoNotSplitTheScan()
    {
        var first = new ScanInput();
        first.NoWarn.AddRange(ScanInput.RuleIds("CS1591;MCPG201, NU1603;mcpg999x"));
        first.Configs.Add(("claude", "/r/b/.mcp.json"));
        first.Configs.Add(("vscode", "/r/a/.vscode/mcp.json"));
        var second = new ScanInput();
        second.NoWarn.AddRange(ScanInput.RuleIds("MCPG201;IDE0005"));
        second.Configs.Add(("vscode", "/r/a/.vscode/mcp.json"));
        second.Configs.Add(("claude", "/r/b/.mcp.json"));

        Assert.AreEqual(first.Serialize(), second.Serialize());
        CollectionAssert.AreEqual(new[] { "MCPG201" }, first.NoWarn);
    }

    [TestMethod]
    public void ToRequest_UnknownClient_ReportedAndLeftOut()
    {
        var input = new ScanInput();
        input.Configs.Add(("claude", "/r/.mcp.json"));
        input.Configs.Add(("nonsense", "/r/other.json"));
        var invalid = new System.Collections.Generic.List<string>();

        var request = input.ToRequest(McpGuardSettings.Read(_ => null), writeBaseline: false, (path, client) => invalid.Add(client + " " + path));

        Assert.AreEqual("/r/.mcp.json", request.Configs.Single().Path);
        CollectionAssert.AreEqual(new[] { "nonsense /r/other.json" }, invalid);
    }

    /// <summary>A project that kept the discovered files names the discovery; its changes travel as additions and removals.</summary>
    [TestMethod]
    public void Serialize_Discovery_ParsesBackWithTheProjectsChanges()
    {
        var input = new ScanInput();
        input.Discovery["McpGuardRepositoryRoot"] = "/r/semi;colon|pipe/";
        input.Discovery["McpGuardIncludeUserConfigs"] = "false";
        input.Configs.Add(("claude", "/r/tools/agents.json"));
        input.RemovedConfigs.Add("/r/third_party/.mcp.json");

        var parsed = ScanInput.Parse(input.Serialize());

        Assert.AreEqual("/r/semi;colon|pipe/", parsed.Discovery["McpGuardRepositoryRoot"]);
        Assert.AreEqual("false", parsed.Discovery["McpGuardIncludeUserConfigs"]);
        CollectionAssert.AreEqual(new[] { ("claude", "/r/tools/agents.json") }, parsed.Configs);
        CollectionAssert.AreEqual(new[] { "/r/third_party/.mcp.json" }, parsed.RemovedConfigs);
        Assert.AreEqual(input.Serialize(), parsed.Serialize());
    }

    /// <summary>
    /// The discovered files less the removed ones plus the added ones, in the order a full list would have had: the scan
    /// request is the one the project would have made listing every file itself.
    /// </summary>
    [TestMethod]
    public void AddDiscovered_RemovedAndAddedFiles_GiveTheFullListsRequest()
    {
        var discovered = new[] { ("claude", "/r/b/.mcp.json"), ("vscode", "/r/a/.vscode/mcp.json"), ("claude", "/r/third_party/.mcp.json") };
        var named = new ScanInput();
        named.Discovery["McpGuardRepositoryRoot"] = "/r/";
        named.Configs.Add(("cursor", "/r/tools/agents.json"));
        named.Configs.Add(("claude", "/r/b/.mcp.json"));
        named.RemovedConfigs.Add("/r/third_party/.mcp.json");
        var listed = new ScanInput();
        listed.Configs.Add(("claude", "/r/b/.mcp.json"));
        listed.Configs.Add(("cursor", "/r/tools/agents.json"));
        listed.Configs.Add(("vscode", "/r/a/.vscode/mcp.json"));

        var resolved = ScanInput.Parse(named.Serialize());
        resolved.AddDiscovered(discovered);

        Assert.AreEqual(listed.Serialize(), resolved.Serialize());
        CollectionAssert.AreEqual(
            new[] { ("vscode", "/r/a/.vscode/mcp.json"), ("claude", "/r/b/.mcp.json"), ("cursor", "/r/tools/agents.json") },
            resolved.Configs);
        Assert.AreEqual(0, resolved.Discovery.Count);
    }

    /// <summary>Two projects that kept the same discovered files ask for the same scan, however many files it found.</summary>
    [TestMethod]
    public void Serialize_Discovery_DoesNotListTheDiscoveredFiles()
    {
        var input = new ScanInput();
        input.Discovery["McpGuardRepositoryRoot"] = "/r/";

        Assert.AreEqual("discover.McpGuardRepositoryRoot=/r/", input.Serialize());
    }
}
