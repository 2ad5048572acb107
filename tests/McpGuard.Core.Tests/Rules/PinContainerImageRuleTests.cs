using System.Linq;
using McpGuard.Core.Tests.Infrastructure;
using McpGuard.Rules;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class PinContainerImageRuleTests
{
    [TestMethod]
    public void ImagesWithoutDigest_AreReported_LatestAsWarningTagAsInfo()
    {
        var findings = ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "bare": { "command": "docker", "args": ["run", "-i", "--rm", "-e", "TOKEN", {|MCPG202:"mcp/github"|}] },
                "latest": { "command": "podman", "args": ["run", "-i", {|MCPG202:"ghcr.io/org/server:latest"|}] },
                "tag": { "command": "docker", "args": ["run", "-i", "--rm", {|MCPG202:"mcp/fetch:1.2.0"|}, "--verbose"] }
              }
            }
            """)
            .ShouldReportMessage("MCPG202", "Server 'bare' runs container image 'mcp/github' at 'mcpServers.bare.args[5]' without a tag (= latest); pin it by digest ('mcp/github@sha256:<digest>') so every machine runs the image that was reviewed")
            .ShouldReportMessage("MCPG202", "Server 'tag' runs container image 'mcp/fetch:1.2.0' at 'mcpServers.tag.args[3]' by the tag '1.2.0' only, which can be moved; pin it by digest ('mcp/fetch@sha256:<digest>') so every machine runs the image that was reviewed")
            .Verify();
        CollectionAssert.AreEqual(
            new[] { RuleSeverity.Warning, RuleSeverity.Warning, RuleSeverity.Info },
            findings.OrderBy(f => f.Span.Start.Line).Select(f => f.DefaultSeverity).ToArray());
    }

    [TestMethod]
    public void DigestPinnedImagesAndOtherDockerCommands_AreSilent()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "digest": { "command": "docker", "args": ["run", "-i", "--rm", "mcp/fetch@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"] },
                "tag-and-digest": { "command": "docker", "args": ["run", "-i", "ghcr.io/org/server:1.0@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"] },
                "compose": { "command": "docker", "args": ["compose", "run", "--rm", "service"] },
                "gateway": { "command": "docker", "args": ["mcp", "gateway", "run"] },
                "variable": { "command": "docker", "args": ["run", "-i", "${IMAGE}"] }
              }
            }
            """).Verify();
    }

    [TestMethod]
    public void PullNever_RunsALocallyBuiltImage_AndIsNotAskedForADigest()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "local": { "command": "docker", "args": ["run", "-i", "--rm", "--pull=never", "my-mcp-server"] },
                "local-two-words": { "command": "podman", "args": ["run", "-i", "--pull", "never", "my-mcp-server:dev"] },
                "pull-missing": { "command": "docker", "args": ["run", "-i", "--pull=missing", {|MCPG202:"my-mcp-server"|}] },
                "pull-always": { "command": "docker", "args": ["run", "-i", "--pull", "always", {|MCPG202:"mcp/fetch:latest"|}] }
              }
            }
            """).Verify();
    }
}
