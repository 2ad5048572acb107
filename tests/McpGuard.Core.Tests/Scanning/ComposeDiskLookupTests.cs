using System.IO;
using System.Linq;
using McpGuard.Core.Tests.Infrastructure;
using McpGuard.Discovery;
using McpGuard.Model;
using McpGuard.Rules;
using McpGuard.Scanning;
using McpGuard.Severity;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Scanning;

/// <summary>The build reads the Compose file from disk next to the configuration, and the replay cache notices when it changes or appears.</summary>
[TestClass]
public sealed class ComposeDiskLookupTests
{
    private DirectoryInfo _root = null!;

    [TestInitialize]
    public void CreateRoot() => _root = TestPaths.CreateTemporaryDirectory();

    [TestCleanup]
    public void DeleteRoot() => TestPaths.DeleteQuietly(_root);

    private const string Config = "{ \"mcpServers\": { \"isaac\": { \"command\": \"docker\", \"args\": [\"compose\", \"run\", \"--rm\", \"isaac-mcp-server\"] } } }";

    [TestMethod]
    public void ComposeFile_IsReadFromDisk_AndItsChangesInvalidateTheReplay()
    {
        var config = Path.Combine(_root.FullName, ".mcp.json");
        File.WriteAllText(config, Config);
        var request = new ScanRequest(new[] { new ConfigFile(config, ConfigFormat.ClaudeProject) }, [], SeverityOptions.Default);
        var cacheFolder = Path.Combine(_root.FullName, "obj", "mcpguard");
        var locator = new EditorConfigLocator();

        // No Compose file yet: silent, and the cache remembers that compose.yaml … were looked for.
        Assert.IsEmpty(ScanCache.RunCached(request, cacheFolder, locator, out var replayed).Findings);
        Assert.IsFalse(replayed);
        Assert.IsEmpty(ScanCache.RunCached(request, cacheFolder, locator, out replayed).Findings);
        Assert.IsTrue(replayed);

        var compose = Path.Combine(_root.FullName, "docker-compose.yml");
        File.WriteAllText(compose, "services:\n  isaac-mcp-server:\n    build: .\n    privileged: true\n");
        var finding = ScanCache.RunCached(request, cacheFolder, locator, out replayed).Findings.Single();
        Assert.IsFalse(replayed, "the replay ignored a new Compose file");
        Assert.AreEqual(("MCPG308", RuleSeverity.Warning, 1, 86), (finding.RuleId, finding.Severity, finding.Line, finding.Column));
        StringAssert.Contains(finding.Message, "('privileged: true (service 'isaac-mcp-server', docker-compose.yml line 4)')");
        Assert.AreEqual(1, ScanCache.RunCached(request, cacheFolder, locator, out replayed).Findings.Count);
        Assert.IsTrue(replayed);

        File.WriteAllText(compose, "services:\n  isaac-mcp-server:\n    build: .\n    cap_drop: [ALL]\n");
        Assert.IsEmpty(ScanCache.RunCached(request, cacheFolder, locator, out replayed).Findings);
        Assert.IsFalse(replayed, "the replay ignored the edited Compose file");
    }

    [TestMethod]
    public void HostThatHandsTextsOver_ReadsNoComposeFile()
    {
        var config = Path.Combine(_root.FullName, ".mcp.json");
        File.WriteAllText(config, Config);
        File.WriteAllText(Path.Combine(_root.FullName, "compose.yaml"), "services:\n  isaac-mcp-server:\n    privileged: true\n");
        var request = new ScanRequest(new[] { new ConfigFile(config, ConfigFormat.ClaudeProject) }, [], SeverityOptions.Default);
        Assert.AreEqual("MCPG308", ConfigScanner.Scan(request).Single().RuleId);

        // The analyzer's way in: it reads no repository file beyond the configurations, so it says nothing rather than guess.
        request.ReadText = File.ReadAllText;
        Assert.IsEmpty(ConfigScanner.Scan(request));
    }

    [TestMethod]
    public void ComposeFile_TooLargeOrNotUtf8_IsNotJudged()
    {
        var config = Path.Combine(_root.FullName, ".mcp.json");
        File.WriteAllText(config, Config);
        File.WriteAllBytes(Path.Combine(_root.FullName, "compose.yaml"), new byte[] { 0xFF, 0xFE, 0x00, 0x73, 0x3A, 0x0A });
        var request = new ScanRequest(new[] { new ConfigFile(config, ConfigFormat.ClaudeProject) }, [], SeverityOptions.Default);
        Assert.IsEmpty(ConfigScanner.Scan(request));

        File.WriteAllText(Path.Combine(_root.FullName, "compose.yaml"), "services:\n  isaac-mcp-server:\n    privileged: true\n" + new string('#', 1024 * 1024));
        Assert.IsEmpty(ConfigScanner.Scan(request));
    }
}
