using McpGuard.Core.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class SecretInputShownInClearRuleTests
{
    [TestMethod]
    public void CredentialInputsWithoutPassword_AreReportedAtTheirId()
    {
        ConfigVerifier.For(".vscode/mcp.json", """
            {
              "inputs": [
                { "type": "promptString", "id": {|MCPG106:"github_token"|}, "description": "GitHub token" },
                { "type": "promptString", "id": {|MCPG106:"key"|}, "description": "YouTube API Key", "password": false },
                { "type": "promptString", "id": "workspace", "description": "Folder to index" },
                { "type": "promptString", "id": "jira_token", "description": "Jira API token", "password": true },
                { "type": "pickString", "id": "token_kind", "description": "Token type", "options": ["pat", "oauth"] }
              ],
              "servers": {
                "github": { "type": "http", "url": "https://api.githubcopilot.com/mcp/readonly", "headers": { "Authorization": "Bearer ${input:github_token}" } }
              }
            }
            """)
            .ShouldReportMessage("MCPG106", "Input 'github_token' prompts for a credential for server 'github' without \"password\": true at 'inputs[0]'; add \"password\": true so VS Code masks what is typed and keeps the value in its secret storage")
            .ShouldReportMessage("MCPG106", "Input 'key' prompts for a credential without \"password\": true at 'inputs[1]'; add \"password\": true so VS Code masks what is typed and keeps the value in its secret storage")
            .Verify();
    }

    [TestMethod]
    public void PasswordInputs_AndOtherClients_AreSilent()
    {
        ConfigVerifier.For(".vscode/mcp.json", """
            { "inputs": [ { "type": "promptString", "id": "api_key", "description": "API key", "password": true } ], "servers": {} }
            """).Verify();
        ConfigVerifier.For(".mcp.json", """
            { {|MCPG003:"inputs"|}: [ { "type": "promptString", "id": "api_key" } ], "mcpServers": {} }
            """).Verify();
    }

    [TestMethod]
    public void VsCodeSettingsInputs_AreCheckedToo()
    {
        ConfigVerifier.For(".vscode/settings.json", """
            {
              "mcp": {
                "inputs": [ { "type": "promptString", "id": {|MCPG106:"api_token"|}, "description": "API token" } ],
                "servers": { "api": { "type": "http", "url": "https://api.example.com/mcp", "headers": { "Authorization": "Bearer ${input:api_token}" } } }
              }
            }
            """).Verify();
    }
}
