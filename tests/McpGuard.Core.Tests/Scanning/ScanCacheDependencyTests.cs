using System.IO;
using System.Linq;
using McpGuard.Core.Tests.Infrastructure;
using McpGuard.Discovery;
using McpGuard.Git;
using McpGuard.Model;
using McpGuard.Rules;
using McpGuard.Scanning;
using McpGuard.Severity;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Scanning;

/// <summary>MCPG107 reads ignore files besides the configurations: the replay cache must notice when one changes.</summary>
[TestClass]
public sealed class ScanCacheDependencyTests
{
    [TestMethod]
    public void ChangedGitignore_InvalidatesTheReplay()
    {
        var root = TestPaths.CreateTemporaryDirectory();
        try
        {
            Directory.CreateDirectory(Path.Combine(root.FullName, ".git"));
            var gitignore = Path.Combine(root.FullName, ".gitignore");
            File.WriteAllText(gitignore, "node_modules/\n");
            var config = Path.Combine(root.FullName, ".mcp.json");
            File.WriteAllText(config, "{ \"mcpServers\": { \"a\": { \"command\": \"node\", \"args\": [\"--env-file\", \".env\"] } } }");
            var request = new ScanRequest(new[] { new ConfigFile(config, ConfigFormat.ClaudeProject) }, [], SeverityOptions.Default);
            var cacheFile = Path.Combine(root.FullName, "obj", "scan.cache");
            var ignores = new GitIgnoreDiskLookup();

            var findings = ConfigScanner.Scan(request, null, ignores);
            Assert.AreEqual("MCPG107", findings.Single().RuleId);
            Assert.AreEqual(RuleSeverity.Warning, findings.Single().Severity);
            var key = ScanCache.ComputeKey(request, new EditorConfigLocator());
            ScanCache.TrySave(cacheFile, key, findings, ignores.ConsultedFiles);
            Assert.IsNotNull(ScanCache.TryLoad(cacheFile, key));

            File.WriteAllText(gitignore, "node_modules/\n.env\n");
            Assert.IsNull(ScanCache.TryLoad(cacheFile, key), "the replay ignored the edited .gitignore");
            Assert.IsEmpty(ConfigScanner.Scan(request));
        }
        finally
        {
            TestPaths.DeleteQuietly(root);
        }
    }

    [TestMethod]
    public void AnonKey_IsInfoThroughTheTaskPath()
    {
        var root = TestPaths.CreateTemporaryDirectory();
        try
        {
            var anon = SyntheticSecrets.Jwt("{\"iss\":\"supabase\",\"role\":\"anon\",\"iat\":1735689600}", 3);
            var config = Path.Combine(root.FullName, ".mcp.json");
            File.WriteAllText(config, "{ \"mcpServers\": { \"db\": { \"command\": \"node\", \"env\": { \"SUPABASE_ANON_KEY\": \"" + anon + "\" } } } }");
            var request = new ScanRequest(new[] { new ConfigFile(config, ConfigFormat.ClaudeProject) }, [], SeverityOptions.Default);

            Assert.AreEqual(RuleSeverity.Info, ConfigScanner.Scan(request).Single().Severity);
        }
        finally
        {
            TestPaths.DeleteQuietly(root);
        }
    }
}
