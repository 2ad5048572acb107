using McpGuard.Core.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class UseVettedPackageSourcesRuleTests
{
    [TestMethod]
    public void GitWithoutCommitTarballsAndUnofficialFeeds_AreReported()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "uvx-git": { "command": "uvx", "args": ["--from", {|MCPG203:"git+https://github.com/oraios/serena"|}, "serena-mcp-server"] },
                "npm-branch": { "command": "npx", "args": [{|MCPG203:"github:user/repo#main"|}] },
                "shorthand": { "command": "npx", "args": ["-y", {|MCPG203:"user/repo"|}] },
                "tarball": { "command": "npx", "args": [{|MCPG203:"https://example.com/pkg-1.0.0.tgz"|}] },
                "registry": { "command": "npx", "args": ["--registry", {|MCPG203:"https://npm.evil.example"|}, "pkg@1.0.0"] },
                "http-feed": { "command": "dnx", "args": ["Contoso.Mcp@1.0.0", {|MCPG203:"--add-source=http://feed.example/v3/index.json"|}] },
                "index": { "command": "uvx", "args": ["--index-url", {|MCPG203:"https://pypi.mirror.example/simple"|}, "tool==1.0.0"] },
                "env": { "command": "npx", "args": ["pkg@1.0.0"], "env": { "NPM_CONFIG_REGISTRY": {|MCPG203:"http://npm.example.net/"|} } }
              }
            }
            """)
            .ShouldReportMessage("MCPG203", "Server 'uvx-git' takes 'git+https://github.com/oraios/serena' at 'mcpServers.uvx-git.args[1]' from a git repository without a commit id; publish it to a registry and pin an exact version, or pin a full commit id")
            .ShouldReportMessage("MCPG203", "Server 'npm-branch' takes 'github:user/repo#main' at 'mcpServers.npm-branch.args[0]' from the git revision 'main', which can be moved; publish it to a registry and pin an exact version, or pin a full commit id")
            .ShouldReportMessage("MCPG203", "Server 'registry' takes 'https://npm.evil.example' at 'mcpServers.registry.args[1]' from the feed host 'npm.evil.example', which is not the official registry; use the official registry, or list the feed's host in the policy's trustedHosts")
            .ShouldReportMessage("MCPG203", "Server 'http-feed' takes 'http://feed.example/v3/index.json' at 'mcpServers.http-feed.args[1]' from a feed over unencrypted http, where anyone on the path can swap packages; use the official registry, or list the feed's host in the policy's trustedHosts")
            .Verify();
    }

    [TestMethod]
    public void CommitsOfficialFeedsLocalFoldersAndTrustedHosts_AreSilent()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "commit": { "command": "uvx", "args": ["--from", "git+https://github.com/org/tool@0123456789abcdef0123456789abcdef01234567", "tool"] },
                "npm-commit": { "command": "npx", "args": ["github:user/repo#0123456789abcdef0123456789abcdef01234567"] },
                "official": { "command": "npx", "args": ["--registry=https://registry.npmjs.org/", "pkg@1.0.0"] },
                "nuget": { "command": "dnx", "args": ["Contoso.Mcp@1.0.0", "--source", "https://api.nuget.org/v3/index.json"] },
                "folder": { "command": "dnx", "args": ["Contoso.Mcp@1.0.0", "--add-source", "./packages"] },
                "corp": { "command": "npx", "args": ["--registry", "https://npm.corp.example", "pkg@1.0.0"] },
                "local": { "command": "npx", "args": ["./tools/server"] },
                "env": { "command": "uvx", "args": ["tool==1.0.0"], "env": { "UV_INDEX_URL": "https://pypi.org/simple", "PIP_INDEX_URL": "https://pypi.corp.example/simple" } }
              }
            }
            """)
            .WithPolicy("""{ "trustedHosts": ["*.corp.example"] }""")
            .Verify();
    }
}
