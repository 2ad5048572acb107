using System.Collections.Generic;
using System.Linq;
using System.Text;
using McpGuard.Launch;
using McpGuard.Model;
using McpGuard.Parsing;
using McpGuard.Syntax;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Launch;

/// <summary>
/// The launcher model on real command lines: every distinct package-runner command of tests/corpus/files (file number,
/// command, args) → (ecosystem | package | requested version | pinned), or "none" for local code and non-runner commands.
/// </summary>
[TestClass]
public sealed class LauncherModelCorpusTests
{
    private static readonly (string File, string Command, string[] Args, string Expected)[] s_cases =
    {
        ("002", @"uvx", new[] { @"semanticscholar-mcp-server" }, @"PyPI|semanticscholar-mcp-server||False"),
        ("002", @"npx", new[] { @"-y", @"@modelcontextprotocol/server-github" }, @"Npm|@modelcontextprotocol/server-github||False"),
        ("005", @"npx", new[] { @"-y", @"@modelcontextprotocol/server-notion" }, @"Npm|@modelcontextprotocol/server-notion||False"),
        ("007", @"uvx", new[] { @"awslabs.postgres-mcp-server@latest", @"--readonly", @"true" }, @"PyPI|awslabs.postgres-mcp-server|@latest|False"),
        ("007", @"uvx", new[] { @"awslabs.aws-api-mcp-server@latest" }, @"PyPI|awslabs.aws-api-mcp-server|@latest|False"),
        ("007", @"uvx", new[] { @"awslabs.ecs-mcp-server@latest" }, @"PyPI|awslabs.ecs-mcp-server|@latest|False"),
        ("007", @"uvx", new[] { @"awslabs.terraform-mcp-server@latest" }, @"PyPI|awslabs.terraform-mcp-server|@latest|False"),
        ("008", @"npx", new[] { @"-y", @"@modelcontextprotocol/server-filesystem", @"/home/mr/Desktop/Geographical Informations Systems (GIS)" }, @"Npm|@modelcontextprotocol/server-filesystem||False"),
        ("008", @"uvx", new[] { @"gis-mcp" }, @"PyPI|gis-mcp||False"),
        ("008", @"npx", new[] { @"-y", @"@upstash/context7-mcp" }, @"Npm|@upstash/context7-mcp||False"),
        ("008", @"npx", new[] { @"-y", @"exa-mcp-server" }, @"Npm|exa-mcp-server||False"),
        ("008", @"npx", new[] { @"-y", @"@playwright/mcp@latest" }, @"Npm|@playwright/mcp|latest|False"),
        ("008", @"npx", new[] { @"-y", @"chrome-devtools-mcp" }, @"Npm|chrome-devtools-mcp||False"),
        ("008", @"npx", new[] { @"-y", @"docker-mcp" }, @"Npm|docker-mcp||False"),
        ("008", @"npx", new[] { @"-y", @"@localstack/localstack-mcp-server" }, @"Npm|@localstack/localstack-mcp-server||False"),
        ("008", @"npx", new[] { @"-y", @"--package", @"@vercel/sdk", @"--", @"mcp", @"start" }, @"Npm|@vercel/sdk||False"),
        ("008", @"docker", new[] { @"run", @"-i", @"--rm", @"danielapatin/sequentialthinking:latest", @"-transport", @"stdio" }, @"Oci|danielapatin/sequentialthinking|latest|False"),
        ("008", @"npx", new[] { @"notebooklm-mcp@latest" }, @"Npm|notebooklm-mcp|latest|False"),
        ("008", @"uvx", new[] { @"--from", @"msmcp-azure", @"azmcp", @"server", @"start" }, @"PyPI|msmcp-azure||False"),
        ("009", @"bunx", new[] { @"@playwright/mcp@latest" }, @"Npm|@playwright/mcp|latest|False"),
        ("009", @"bunx", new[] { @"chrome-devtools-mcp@latest" }, @"Npm|chrome-devtools-mcp|latest|False"),
        ("010", @"npx", new[] { @"-y", @"@supabase/mcp-server-supabase@latest", @"--access-token", @"${SUPABASE_ACCESS_TOKEN}" }, @"Npm|@supabase/mcp-server-supabase|latest|False"),
        ("010", @"npx", new[] { @"-y", @"@playwright/mcp@latest", @"--cdp-endpoint", @"http://127.0.0.1:9222" }, @"Npm|@playwright/mcp|latest|False"),
        ("010", @"npx", new[] { @"-y", @"vercel-mcp@latest" }, @"Npm|vercel-mcp|latest|False"),
        ("010", @"npx", new[] { @"-y", @"@modelcontextprotocol/server-perplexity-ask@latest" }, @"Npm|@modelcontextprotocol/server-perplexity-ask|latest|False"),
        ("010", @"npx", new[] { @"-y", @"@cyanheads/obsidian-mcp-server@latest" }, @"Npm|@cyanheads/obsidian-mcp-server|latest|False"),
        ("011", @"uv", new[] { @"run", @"--no-project", @"--with", @"fastmcp", @"--with", @"boto3", @"--python", @"3.13", @"mcp-servers/glue-athena-server/server.py" }, @"PyPI|fastmcp||False"),
        ("011", @"uvx", new[] { @"--from", @"awslabs-core-mcp-server", @"awslabs.core-mcp-server" }, @"PyPI|awslabs-core-mcp-server||False"),
        ("011", @"uvx", new[] { @"--from", @"awslabs-iam-mcp-server", @"awslabs.iam-mcp-server" }, @"PyPI|awslabs-iam-mcp-server||False"),
        ("011", @"uvx", new[] { @"--from", @"awslabs-lambda-mcp-server", @"awslabs.lambda-mcp-server" }, @"PyPI|awslabs-lambda-mcp-server||False"),
        ("011", @"uvx", new[] { @"--from", @"awslabs-s3-tables-mcp-server", @"awslabs.s3-tables-mcp-server" }, @"PyPI|awslabs-s3-tables-mcp-server||False"),
        ("011", @"uvx", new[] { @"--from", @"awslabs-cloudtrail-mcp-server", @"awslabs.cloudtrail-mcp-server" }, @"PyPI|awslabs-cloudtrail-mcp-server||False"),
        ("011", @"uvx", new[] { @"--from", @"awslabs-redshift-mcp-server", @"awslabs.redshift-mcp-server" }, @"PyPI|awslabs-redshift-mcp-server||False"),
        ("011", @"uvx", new[] { @"--from", @"awslabs-cloudwatch-mcp-server", @"awslabs.cloudwatch-mcp-server" }, @"PyPI|awslabs-cloudwatch-mcp-server||False"),
        ("011", @"uvx", new[] { @"--from", @"awslabs-cost-explorer-mcp-server", @"awslabs.cost-explorer-mcp-server" }, @"PyPI|awslabs-cost-explorer-mcp-server||False"),
        ("011", @"uvx", new[] { @"--from", @"awslabs-dynamodb-mcp-server", @"awslabs.dynamodb-mcp-server" }, @"PyPI|awslabs-dynamodb-mcp-server||False"),
        ("011", @"uv", new[] { @"run", @"--no-project", @"--with", @"boto3", @"--with", @"mcp", @"--python", @"3.13", @"mcp-servers/pii-detection-server/server.py" }, @"PyPI|boto3||False"),
        ("012", @"docker", new[] { @"compose", @"run", @"--rm", @"isaac-mcp-server" }, @"none"),
        ("019", @"npx", new[] { @"shadcn@latest", @"mcp" }, @"Npm|shadcn|latest|False"),
        ("020", @"npx", new[] { @"-y", @"kimi-api-mcp@latest" }, @"Npm|kimi-api-mcp|latest|False"),
        ("021", @"npx", new[] { @"-y", @"@microsoft/fabric-mcp@latest", @"server", @"start", @"--mode", @"all" }, @"Npm|@microsoft/fabric-mcp|latest|False"),
        ("022", @"docker", new[] { @"run", @"--rm", @"-i", @"-e", @"OBSIDIAN_API_KEY=${input:obsidian-api-key}", @"-e", @"OBSIDIAN_REST_URL=https://host.docker.internal:27124", @"-e", @"OBSIDIAN_OPENAPI_PATH=/openapi.yaml", @"ghcr.io/alexw00/obsidian-rest-mcp:latest" }, @"Oci|ghcr.io/alexw00/obsidian-rest-mcp|latest|False"),
        ("024", @"dotnet", new[] { @"run", @"--project", @".\src\Instapaper.Mcp.Server\Instapaper.Mcp.Server.csproj" }, @"none"),
        ("025", @"uvx", new[] { @"--from", @"git+https://github.com/oraios/serena", @"serena-mcp-server", @"--context", @"ide-assistant", @"--mode", @"one-shot" }, @"PyPI|git+https://github.com/oraios/serena||False|Git"),
        ("026", @"dotnet", new[] { @"run", @"--project", @"." }, @"none"),
        ("029", @"npx", new[] { @"-y", @"@supabase/mcp-server-supabase@latest", @"--project-ref=gzzrthvxcmwjieqdtoxf" }, @"Npm|@supabase/mcp-server-supabase|latest|False"),
        ("030", @"npx", new[] { @"-y", @"@agentdeskai/browser-tools-mcp@1.2.0" }, @"Npm|@agentdeskai/browser-tools-mcp|1.2.0|True"),
        ("031", @"npx", new[] { @"@eslint/mcp@latest" }, @"Npm|@eslint/mcp|latest|False"),
        ("034", @"npx", new[] { @"-y", @"chrome-devtools-mcp@latest" }, @"Npm|chrome-devtools-mcp|latest|False"),
        ("055", @"npx", new[] { @"-y", @"@anaisbetts/mcp-installer" }, @"Npm|@anaisbetts/mcp-installer||False"),
        ("055", @"cmd", new[] { @"/c", @"npx", @"-y", @"@modelcontextprotocol/server-github" }, @"Npm|@modelcontextprotocol/server-github||False"),
        ("055", @"K:/PortableApps/tools/nodejs/npx.cmd", new[] { @"-y", @"firecrawl-mcp" }, @"Npm|firecrawl-mcp||False"),
        ("055", @"K:/PortableApps/tools/nodejs/npx.cmd", new[] { @"-y", @"mcp-server-sqlite-npx", @"--db-path", @"K:/PortableApps/Claude-Code/data/sqlite/test.db" }, @"Npm|mcp-server-sqlite-npx||False"),
        ("055", @"cmd", new[] { @"/c", @"npx", @"-y", @"websearch-mcp" }, @"Npm|websearch-mcp||False"),
        ("055", @"cmd", new[] { @"/c", @"npx", @"-y", @"youtube-data-mcp-server" }, @"Npm|youtube-data-mcp-server||False"),
        ("055", @"cmd", new[] { @"/c", @"npx", @"-y", @"@upstash/context7-mcp@latest" }, @"Npm|@upstash/context7-mcp|latest|False"),
        ("055", @"K:/PortableApps/tools/nodejs/npx.cmd", new[] { @"-y", @"google-search-mcp" }, @"Npm|google-search-mcp||False"),
        ("055", @"cmd", new[] { @"/c", @"npx", @"-y", @"@executeautomation/playwright-mcp-server" }, @"Npm|@executeautomation/playwright-mcp-server||False"),
        ("055", @"cmd", new[] { @"/c", @"npx", @"-y", @"perplexity-mcp" }, @"Npm|perplexity-mcp||False"),
        ("055", @"npx", new[] { @"-y", @"@supabase/mcp-server-supabase@latest", @"--read-only", @"--project-ref=sofkjjpgastzbxnmrwwx" }, @"Npm|@supabase/mcp-server-supabase|latest|False"),
        ("055", @"cmd", new[] { @"/c", @"npx", @"-y", @"@modelcontextprotocol/server-postgres" }, @"Npm|@modelcontextprotocol/server-postgres||False"),
        ("055", @"cmd", new[] { @"/c", @"npx", @"-y", @"@modelcontextprotocol/server-slack" }, @"Npm|@modelcontextprotocol/server-slack||False"),
        ("055", @"cmd", new[] { @"/c", @"npx", @"-y", @"mongodb-mcp" }, @"Npm|mongodb-mcp||False"),
        ("062", @"bash", new[] { @"./bun.sh", @"run", @"./apps/langgraph-control-plane/src/mcpSearchServer.ts" }, @"none"),
        ("062", @"npx", new[] { @"-y", @"@playwright/mcp", @"--headless", @"--caps", @"vision,devtools", @"--isolated" }, @"Npm|@playwright/mcp||False"),
        ("062", @"npx", new[] { @"-y", @"browser-devtools-mcp" }, @"Npm|browser-devtools-mcp||False"),
        ("063", @"docker", new[] { @"run", @"-i", @"--rm", @"-e", @"SONARQUBE_TOKEN", @"-e", @"SONARQUBE_ORG", @"mcp/sonarqube" }, @"Oci|mcp/sonarqube||False"),
        ("064", @"npx", new[] { @"-y", @"@supabase/mcp-server-supabase@latest", @"--access-token", @"${env:SUPABASE_ACCESS_TOKEN}" }, @"Npm|@supabase/mcp-server-supabase|latest|False"),
        ("065", @"npx", new[] { @"@playwright/mcp@latest" }, @"Npm|@playwright/mcp|latest|False"),
        ("065", @"npx", new[] { @"-y", @"@modelcontextprotocol/server-filesystem", @"~/" }, @"Npm|@modelcontextprotocol/server-filesystem||False"),
        ("065", @"npx", new[] { @"-y", @"@modelcontextprotocol/server-brave-search" }, @"Npm|@modelcontextprotocol/server-brave-search||False"),
        ("065", @"npx", new[] { @"-y", @"mcp-remote@0.1.29", @"https://gitmcp.io/danilofreire/qtm350" }, @"Npm|mcp-remote|0.1.29|True"),
        ("065", @"npx", new[] { @"-y", @"@modelcontextprotocol/server-sequential-thinking" }, @"Npm|@modelcontextprotocol/server-sequential-thinking||False"),
        ("065", @"npx", new[] { @"-y", @"@anaisbetts/mcp-installer", @"@anaisbetts/mcp-youtube" }, @"Npm|@anaisbetts/mcp-installer||False"),
        ("066", @"bash", new[] { @"-c", @"npx -y tavily-mcp@0.1.3" }, @"Npm|tavily-mcp|0.1.3|True"),
        ("066", @"uvx", new[] { @"mcp-server-time", @"--local-timezone=Asia/Tokyo" }, @"PyPI|mcp-server-time||False"),
        ("066", @"uvx", new[] { @"mcp-server-fetch" }, @"PyPI|mcp-server-fetch||False"),
        ("066", @"npx", new[] { @"-y", @"@suekou/mcp-notion-server" }, @"Npm|@suekou/mcp-notion-server||False"),
        ("066", @"uv", new[] { @"tool", @"run", @"arxiv-mcp-server", @"--storage-path", @"." }, @"PyPI|arxiv-mcp-server||False"),
        ("066", @"npx", new[] { @"-y", @"@chanmeng666/google-news-server" }, @"Npm|@chanmeng666/google-news-server||False"),
        ("066", @"npx", new[] { @"-y", @"@apify/actors-mcp-server", @"--actors", @"apify/rag-web-browser" }, @"Npm|@apify/actors-mcp-server||False"),
        ("066", @"npx", new[] { @"-y", @"@e2b/mcp-server" }, @"Npm|@e2b/mcp-server||False"),
        ("067", @"docker", new[] { @"run", @"--rm", @"-i", @"mcp-server-fetch" }, @"Oci|mcp-server-fetch||False"),
        ("068", @"docker", new[] { @"run", @"-i", @"--rm", @"mcp/aws-core-mcp-server" }, @"Oci|mcp/aws-core-mcp-server||False"),
        ("068", @"docker", new[] { @"run", @"-i", @"--rm", @"mcp/fetch" }, @"Oci|mcp/fetch||False"),
        ("068", @"npx", new[] { @"@jzone-mcp/antd-components-mcp" }, @"Npm|@jzone-mcp/antd-components-mcp||False"),
        ("068", @"uvx", new[] { @"awslabs.frontend-mcp-server@latest" }, @"PyPI|awslabs.frontend-mcp-server|@latest|False"),
        ("068", @"uvx", new[] { @"awslabs.aws-diagram-mcp-server" }, @"PyPI|awslabs.aws-diagram-mcp-server||False"),
        ("069", @"uv", new[] { @"run", @"s3-vectors-mcp" }, @"none"),
        ("070", @"uvx", new[] { @"awslabs.aws-documentation-mcp-server@latest" }, @"PyPI|awslabs.aws-documentation-mcp-server|@latest|False"),
        ("070", @"uvx", new[] { @"python-mcp-server@latest" }, @"PyPI|python-mcp-server|@latest|False"),
        ("070", @"uvx", new[] { @"kubernetes-mcp-server@latest" }, @"PyPI|kubernetes-mcp-server|@latest|False"),
        ("070", @"uvx", new[] { @"eks-mcp-server@latest" }, @"PyPI|eks-mcp-server|@latest|False"),
        ("070", @"uvx", new[] { @"fastapi-mcp-server@latest" }, @"PyPI|fastapi-mcp-server|@latest|False"),
        ("070", @"uvx", new[] { @"dynamodb-mcp-server@latest" }, @"PyPI|dynamodb-mcp-server|@latest|False"),
        ("070", @"uvx", new[] { @"pytest-mcp-server@latest" }, @"PyPI|pytest-mcp-server|@latest|False"),
        ("070", @"uvx", new[] { @"docker-mcp-server@latest" }, @"PyPI|docker-mcp-server|@latest|False"),
        ("070", @"uvx", new[] { @"jwt-mcp-server@latest" }, @"PyPI|jwt-mcp-server|@latest|False"),
        ("070", @"uvx", new[] { @"oauth-mcp-server@latest" }, @"PyPI|oauth-mcp-server|@latest|False"),
        ("070", @"uvx", new[] { @"makefile-mcp-server@latest" }, @"PyPI|makefile-mcp-server|@latest|False"),
        ("070", @"uvx", new[] { @"git-mcp-server@latest" }, @"PyPI|git-mcp-server|@latest|False"),
        ("071", @"uvx", new[] { @"--from", @"awslabs-ecs-mcp-server", @"ecs-mcp-server" }, @"PyPI|awslabs-ecs-mcp-server||False"),
        ("073", @"npx", new[] { @"@modelcontextprotocol/server-brave-search" }, @"Npm|@modelcontextprotocol/server-brave-search||False"),
        ("073", @"npx", new[] { @"-y", @"@modelcontextprotocol/server-filesystem", @"/Users/YOUR_USERNAME/apps/MCP" }, @"Npm|@modelcontextprotocol/server-filesystem||False"),
        ("073", @"npx", new[] { @"-y", @"@modelcontextprotocol/server-gdrive" }, @"Npm|@modelcontextprotocol/server-gdrive||False"),
        ("073", @"docker", new[] { @"run", @"--rm", @"-i", @"-v", @"/Users/YOUR_USERNAME/.mcp/google-workspace-mcp:/app/config", @"-v", @"/Users/YOUR_USERNAME/Documents/workspace-mcp-files:/app/workspace", @"-e", @"GOOGLE_CLIENT_ID", @"-e", @"GOOGLE_CLIENT_SECRET", @"-e", @"LOG_MODE=strict", @"ghcr.io/aaronsb/google-workspace-mcp:latest" }, @"Oci|ghcr.io/aaronsb/google-workspace-mcp|latest|False"),
        ("074", @"docker", new[] { @"mcp", @"gateway", @"run" }, @"none"),
        ("074", @"docker", new[] { @"run", @"-i", @"--rm", @"--network", @"host", @"-e", @"MCP_ALLOWED_TARGETS=scanme.nmap.org,testphp.vulnweb.com", @"-e", @"MCP_BLOCKED_TARGETS=localhost,127.0.0.1,::1,10.0.0.0/8,172.16.0.0/12,192.168.0.0/16", @"-e", @"MCP_TIMEOUT=300", @"-e", @"MCP_RATE_LIMIT=5", @"-e", @"MCP_LOG_LEVEL=INFO", @"kali-mcp-server" }, @"Oci|kali-mcp-server||False"),
    };

    [TestMethod]
    public void CorpusCommandLines_YieldTheExpectedPackage()
    {
        Assert.IsTrue(s_cases.Length >= 60, "at least 60 real command lines");
        var failures = new List<string>();
        foreach (var (file, command, args, expected) in s_cases)
        {
            var actual = Describe(LauncherModelTests.ServerOf(command, args));
            if (actual != expected)
            {
                failures.Add($"{file} {command} {string.Join(" ", args)}\n    expected {expected}\n    actual   {actual}");
            }
        }

        Assert.AreEqual(0, failures.Count, string.Join("\n", failures));
    }

    internal static string Describe(McpServer server)
    {
        var package = ServerPackages.Read(server).FirstOrDefault();
        if (package is null)
        {
            return "none";
        }

        var text = $"{package.Ecosystem}|{package.Name}|{package.Version}|{package.IsPinned}";
        return package.Source == PackageSource.Registry ? text : text + "|" + package.Source;
    }
}
