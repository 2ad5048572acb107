using System;
using System.IO;
using McpGuard.Core.Tests.Infrastructure;
using McpGuard.Git;
using McpGuard.Model;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class CredentialFileNotIgnoredRuleTests
{
    private const string Config = """
        {
          "servers": {
            "gdrive": { "command": "npx", "args": ["-y", "gdrive-mcp@1.0.0", {|MCPG107:"--credentials=./service-account-prod.json"|}], "envFile": {|MCPG107:"${workspaceFolder}/.env"|} },
            "tls": { "command": "node", "args": ["server.js", "--key", {|MCPG107:"certs/server.pem"|}, "--ca", "certs/ca-bundle.pem"], "env": { "GOOGLE_APPLICATION_CREDENTIALS": {|MCPG107:"./credentials.json"|} } },
            "box": { "command": "docker", "args": ["run", "-v", {|MCPG107:"./keys/id_rsa:/root/.ssh/id_rsa:ro"|}, "--env-file", {|MCPG107:".env.production"|}, "img@sha256:abc"] },
            "fine": { "command": "node", "args": ["--env-file", ".env.example", "--key", {|MCPG502:"~/.ssh/id_ed25519"|}, "--cert", "/etc/ssl/private/server.pem"], "envFile": "${userHome}/.env" }
          }
        }
        """;

    [TestMethod]
    public void CredentialFilesInTheProject_WithoutRepositoryInformation_AreReportedAsUnchecked()
    {
        ConfigVerifier.For(".vscode/mcp.json", Config)
            .ShouldReportMessage("MCPG107", "Server 'gdrive' is handed credential file '${workspaceFolder}/.env' at 'servers.gdrive.envFile', and McpGuard could not check whether git ignores it; add it to .gitignore or keep it outside the repository so it is never committed")
            .Verify();
    }

    [TestMethod]
    public void IgnoredFiles_AreSilent_AndTheOthersSayNoGitignoreIgnoresThem()
    {
        var ignores = new FakeIgnores(path => path.EndsWith(".env", StringComparison.Ordinal) || path.Contains("/keys/", StringComparison.Ordinal) ? GitIgnoreStatus.Ignored : GitIgnoreStatus.NotIgnored);
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "a": { "command": "node", "args": ["--env-file", ".env", "--key", "keys/client.p12", "--tls-key", {|MCPG107:"tls/server.pem"|}] }
              }
            }
            """)
            .WithIgnores(ignores)
            .ShouldReportMessage("MCPG107", "Server 'a' is handed credential file 'tls/server.pem' at 'mcpServers.a.args[5]', and no .gitignore on its path ignores it; add it to .gitignore or keep it outside the repository so it is never committed")
            .Verify();
    }

    [TestMethod]
    public void RepositoryOnDisk_IsConsultedThroughItsGitignoreFiles()
    {
        var root = TestPaths.CreateTemporaryDirectory();
        try
        {
            Directory.CreateDirectory(Path.Combine(root.FullName, ".git"));
            Directory.CreateDirectory(Path.Combine(root.FullName, "secrets"));
            File.WriteAllText(Path.Combine(root.FullName, ".gitignore"), "*.pem\n!client.pem\n");
            File.WriteAllText(Path.Combine(root.FullName, "secrets", ".gitignore"), ".env\n");
            var config = Path.Combine(root.FullName, ".mcp.json");
            const string Text = """{ "mcpServers": { "a": { "command": "node", "args": ["k.pem", "client.pem", "secrets/.env", ".env"] } } }""";
            var lookup = new GitIgnoreDiskLookup();
            var findings = ConfigChecker.Check(config, ConfigFormat.ClaudeProject, Text, new CheckOptions(lookup));

            Assert.HasCount(2, findings, string.Join("\n", findings));
            StringAssert.Contains(findings[0].Message, "'client.pem' at 'mcpServers.a.args[1]', and no .gitignore on its path ignores it");
            StringAssert.Contains(findings[1].Message, "'.env' at 'mcpServers.a.args[3]'");
            CollectionAssert.Contains(new System.Collections.Generic.List<string>(lookup.ConsultedFiles), Path.Combine(root.FullName, "secrets", ".gitignore"));
        }
        finally
        {
            TestPaths.DeleteQuietly(root);
        }
    }

    private sealed class FakeIgnores(Func<string, GitIgnoreStatus> status) : GitIgnoreLookup
    {
        public override GitIgnoreStatus GetStatus(string configPath, string path) => status(path.Replace('\\', '/'));
    }
}
