using McpGuard.Core.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class InputMustBeDefinedRuleTests
{
    [TestMethod]
    public void UndefinedInput_IsReportedAtTheReference()
    {
        ConfigVerifier.For(".vscode/mcp.json", """
            {
              "inputs": [ { "type": "promptString", "id": "github_token", "password": true } ],
              "servers": {
                "gh": { "type": "http", "url": "https://api.githubcopilot.com/mcp/readonly", "headers": { "Authorization": {|MCPG006:"Bearer ${input:gh_token}"|} } }
              }
            }
            """)
            .ShouldReportMessage("MCPG006", "Server 'gh' references input 'gh_token' at 'servers.gh.headers.Authorization', but no entry of 'inputs' has that id; add one (with \"password\": true for secrets)")
            .Verify();
        ConfigVerifier.For(".vscode/settings.json", """
            { "mcp": { "servers": { "gh": { "command": "x", "env": { "T": {|MCPG006:"${input:missing}"|} } } } } }
            """).Verify();
    }

    [TestMethod]
    public void DefinedInputs_AreSilent()
    {
        ConfigVerifier.For(".vscode/settings.json", """
            { "mcp": { "inputs": [ { "id": "tok", "type": "promptString", "password": true } ], "servers": { "gh": { "command": "x", "env": { "T": "${input:tok}" } } } } }
            """).Verify();
    }
}
