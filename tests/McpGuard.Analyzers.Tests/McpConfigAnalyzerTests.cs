using System.IO;
using System.Linq;
using System.Threading.Tasks;
using McpGuard.Analyzers.Tests.Infrastructure;
using McpGuard.Discovery;
using McpGuard.Model;
using McpGuard.Rules;
using McpGuard.Scanning;
using McpGuard.Severity;
using Microsoft.CodeAnalysis;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Analyzers.Tests;

[TestClass]
public sealed class McpConfigAnalyzerTests
{
    private const string Root = "/repo";
    private const string McpJsonPath = Root + "/.mcp.json";

    private const string McpJson = """
        {
          "mcpServers": {
            "github": {
              "command": "npx",
              "args": ["-y", "@modelcontextprotocol/server-github"],
              "env": { "GITHUB_PERSONAL_ACCESS_TOKEN": "ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d" }
            },
            "remote": { "type": "http", "url": "http://mcp.example.com/mcp" }
          }
        }
        """;

    [TestMethod]
    public async Task ConfigFile_ReportsEachFindingAtItsLocationAndDefaultSeverity()
    {
        var diagnostics = await new AnalyzerRunner().WithConfig(McpJsonPath, McpJson, "claude").RunAsync();

        CollectionAssert.AreEqual(
            new[]
            {
                ".mcp.json MCPG201 warning (5,22)-(5,59)",
                ".mcp.json MCPG101 error (6,48)-(6,90)",
                ".mcp.json MCPG401 warning (8,40)-(8,68)",
            },
            diagnostics.Select(AnalyzerRunner.Describe).ToList());
        Assert.AreEqual(LocationKind.ExternalFile, diagnostics[0].Location.Kind);
        Assert.AreEqual("https://github.com/mcpguard/McpGuard.Build/blob/main/docs/rules/MCPG201.md", diagnostics[0].Descriptor.HelpLinkUri);
        Assert.IsFalse(diagnostics.Any(d => d.GetMessage().Contains("u8jzPde0", System.StringComparison.Ordinal)));
    }

    [TestMethod]
    public async Task EditorConfigSeverity_IsAppliedToTheConfigFile()
    {
        var diagnostics = await new AnalyzerRunner()
            .WithConfig(McpJsonPath, McpJson, "claude")
            .WithEditorConfig(Root + "/.editorconfig", "root = true\n[*.json]\ndotnet_diagnostic.MCPG201.severity = error\ndotnet_diagnostic.MCPG401.severity = none\n")
            .RunAsync();

        CollectionAssert.AreEqual(
            new[] { ".mcp.json MCPG201 error (5,22)-(5,59)", ".mcp.json MCPG101 error (6,48)-(6,90)" },
            diagnostics.Select(AnalyzerRunner.Describe).ToList());
    }

    [TestMethod]
    public async Task NoWarnAndWarningsAsErrors_AreAppliedByTheCompiler()
    {
        var diagnostics = await new AnalyzerRunner()
            .WithConfig(McpJsonPath, McpJson, "claude")
            .WithSpecificOption("MCPG201", ReportDiagnostic.Suppress)
            .WithSpecificOption("MCPG401", ReportDiagnostic.Error)
            .RunAsync();

        CollectionAssert.AreEqual(
            new[] { ".mcp.json MCPG101 error (6,48)-(6,90)", ".mcp.json MCPG401 error (8,40)-(8,68)" },
            diagnostics.Select(AnalyzerRunner.Describe).ToList());
    }

    [TestMethod]
    public async Task KnownFileWithoutMetadata_IsChecked_AndOtherFilesAreIgnored()
    {
        var diagnostics = await new AnalyzerRunner()
            .WithConfig(Root + "/.vscode/mcp.json", "{ // jsonc\n \"servers\": { \"a\": { \"url\": \"http://h.example.com\" }, }, }")
            .WithConfig(Root + "/appsettings.json", "{ \"url\": \"http://h.example.com\" ")
            .RunAsync();

        CollectionAssert.AreEqual(new[] { "mcp.json MCPG401 warning (2,29)-(2,51)" }, diagnostics.Select(AnalyzerRunner.Describe).ToList());
    }

    [TestMethod]
    public async Task MalformedConfig_GivesMcpg001_NeverAD0001()
    {
        var diagnostics = await new AnalyzerRunner().WithConfig(McpJsonPath, "{\n  \"mcpServers\": {,\n}", "claude").RunAsync();

        CollectionAssert.AreEqual(new[] { ".mcp.json MCPG001 error (2,18)-(2,18)" }, diagnostics.Select(AnalyzerRunner.Describe).ToList());
    }

    [TestMethod]
    public async Task SuppressItemsAndBaseline_HideTheirFindings_AsInTheBuild()
    {
        var suppress = new McpGuard.Suppression.SuppressionEntry("MCPG201", ".mcp.json", "github", justification: "reviewed").Serialize();
        var baseline = new McpGuard.Suppression.Baseline(new[] { new McpGuard.Suppression.BaselineEntry("MCPG401", ".mcp.json", "mcpServers.remote.url") }).ToJson();
        var diagnostics = await new AnalyzerRunner()
            .WithConfig(McpJsonPath, McpJson, "claude")
            .WithProperty("McpGuardRepositoryRoot", Root + "/")
            .WithProperty("_McpGuardSuppressList", suppress)
            .WithBaseline(Root + "/mcpguard.baseline.json", baseline)
            .RunAsync();

        CollectionAssert.AreEqual(new[] { ".mcp.json MCPG101 error (6,48)-(6,90)" }, diagnostics.Select(AnalyzerRunner.Describe).ToList());
    }

    [TestMethod]
    public async Task Policy_AppliesAsInTheBuild_AndItsProblemsAreReportedOnIt()
    {
        const string config = "{ \"mcpServers\": { \"remote\": { \"type\": \"http\", \"url\": \"https://mcp.example.com/mcp\" } } }";
        var trusted = await new AnalyzerRunner()
            .WithConfig(McpJsonPath, config, "claude")
            .WithPolicy(Root + "/mcpguard.json", "{ \"trustedHosts\": [\"*.corp.example\"] }")
            .RunAsync();
        Assert.AreEqual(".mcp.json MCPG402 warning (1,54)-(1,83)", string.Join("\n", trusted.Select(AnalyzerRunner.Describe)));

        var malformed = await new AnalyzerRunner()
            .WithConfig(McpJsonPath, config, "claude")
            .WithPolicy(Root + "/mcpguard.json", "{ \"trustedHosts\": \"*.corp.example\" }")
            .RunAsync();
        Assert.AreEqual("mcpguard.json MCPG009 error (1,19)-(1,35)", string.Join("\n", malformed.Select(AnalyzerRunner.Describe)));
    }

    [TestMethod]
    public async Task AdvisoryRecords_ApplyAsInTheBuild_AndTheirProblemsAreReportedOnThem()
    {
        const string config = "{ \"mcpServers\": { \"a\": { \"command\": \"npx\", \"args\": [\"-y\", \"acme-mcp@0.9.0\"] }, \"b\": { \"command\": \"npx\", \"args\": [\"-y\", \"acme-mcp@1.0.0\"] } } }";
        const string record = "{ \"id\": \"ACME-1\", \"affected\": [{ \"package\": { \"ecosystem\": \"npm\", \"name\": \"acme-mcp\" }, \"ranges\": [{ \"type\": \"SEMVER\", \"events\": [{ \"introduced\": \"0\" }, { \"fixed\": \"1.0.0\" }] }] }] }";
        var diagnostics = await new AnalyzerRunner()
            .WithConfig(McpJsonPath, config, "claude")
            .WithAdvisory(Root + "/osv/ACME-1.json", record)
            .WithAdvisory(Root + "/osv/bad.json", record.Replace("\"npm\"", "\"NPM\""))
            .RunAsync();
        Assert.AreEqual(
            ".mcp.json MCPG204 warning (1,59)-(1,75)\nbad.json MCPG009 error (1,60)-(1,65)",
            string.Join("\n", diagnostics.Select(AnalyzerRunner.Describe).OrderBy(d => d, System.StringComparer.Ordinal)));
    }

    [TestMethod]
    public async Task Level_DropsLowerFindings_AfterTheMode()
    {
        var errorsOnly = await new AnalyzerRunner().WithConfig(McpJsonPath, McpJson, "claude").WithProperty("McpGuardLevel", "error").RunAsync();
        CollectionAssert.AreEqual(new[] { ".mcp.json MCPG101 error (6,48)-(6,90)" }, errorsOnly.Select(AnalyzerRunner.Describe).ToList());

        // Strict raises MCPG201 and MCPG401 to errors (the compiler applies the mode's global config), so the level keeps them.
        var strict = await new AnalyzerRunner().WithConfig(McpJsonPath, McpJson, "claude").WithProperty("McpGuardLevel", "error").WithProperty("McpGuardMode", "strict").RunAsync();
        Assert.HasCount(3, strict);
    }

    [TestMethod]
    public async Task ServerDefinedDifferentlyInTwoFiles_IsReportedAcrossFiles()
    {
        var diagnostics = await new AnalyzerRunner()
            .WithConfig(McpJsonPath, "{ \"mcpServers\": { \"db\": { \"command\": \"uvx\", \"args\": [\"postgres-mcp==0.3.0\", \"--access-mode=restricted\"] } } }", "claude")
            .WithConfig(Root + "/.cursor/mcp.json", "{ \"mcpServers\": { \"db\": { \"command\": \"uvx\", \"args\": [\"postgres-mcp==0.2.0\", \"--access-mode=restricted\"] } } }", "cursor")
            .RunAsync();

        CollectionAssert.AreEqual(new[] { ".mcp.json MCPG610 info (1,19)-(1,23)" }, diagnostics.Select(AnalyzerRunner.Describe).ToList());
        Assert.HasCount(1, diagnostics[0].AdditionalLocations);
    }

    /// <summary>Every keystroke in a C# file makes a new compilation: the configurations are not checked again, an edited one is.</summary>
    [TestMethod]
    public async Task NewCompilation_ReusesUnchangedFiles_AndRechecksAnEditedOne()
    {
        var folder = "/repo-" + System.Guid.NewGuid().ToString("N");
        var edited = folder + "/.mcp.json";
        var unchanged = folder + "/.cursor/mcp.json";
        const string Cursor = "{ \"mcpServers\": { \"b\": { \"url\": \"http://h.example.com/mcp\" } } }";

        var first = await new AnalyzerRunner().WithConfig(edited, McpJson, "claude").WithConfig(unchanged, Cursor, "cursor").RunAsync();
        var afterCodeEdit = await new AnalyzerRunner().WithConfig(edited, McpJson, "claude").WithConfig(unchanged, Cursor, "cursor").RunAsync();
        Assert.AreEqual(1, McpConfigAnalyzer.CheckedFiles.ChecksOf(edited));
        Assert.AreEqual(1, McpConfigAnalyzer.CheckedFiles.ChecksOf(unchanged));
        CollectionAssert.AreEqual(first.Select(AnalyzerRunner.Describe).ToList(), afterCodeEdit.Select(AnalyzerRunner.Describe).ToList());

        var afterConfigEdit = await new AnalyzerRunner().WithConfig(edited, McpJson.Replace("http://", "https://"), "claude").WithConfig(unchanged, Cursor, "cursor").RunAsync();
        Assert.AreEqual(2, McpConfigAnalyzer.CheckedFiles.ChecksOf(edited));
        Assert.AreEqual(1, McpConfigAnalyzer.CheckedFiles.ChecksOf(unchanged));
        Assert.IsLessThan(first.Count(d => d.Id == "MCPG401"), afterConfigEdit.Count(d => d.Id == "MCPG401"));
    }

    [TestMethod]
    public void EveryId_IsDeclaredByExactlyOneAnalyzer()
    {
        var declared = new McpConfigAnalyzer().SupportedDiagnostics.Concat(new ToolDescriptionAnalyzer().SupportedDiagnostics).Select(d => d.Id).ToList();

        CollectionAssert.AllItemsAreUnique(declared);
        CollectionAssert.AreEquivalent(RuleCatalog.Descriptors.Select(d => d.Id).ToList(), declared);
    }

    [TestMethod]
    public async Task NoConfigurationFiles_ReportsNothing()
    {
        Assert.IsEmpty(await new AnalyzerRunner().RunAsync());
    }

    /// <summary>The task's path (files on disk, ConfigScanner) and the analyzer's path agree on ids, spans and severities.</summary>
    [TestMethod]
    public async Task Analyzer_AgreesWithTheTaskPath()
    {
        var directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "mcpguard-parity-" + System.Guid.NewGuid().ToString("N")));
        try
        {
            var configPath = Path.Combine(directory.FullName, ".mcp.json");
            var editorConfigPath = Path.Combine(directory.FullName, ".editorconfig");
            const string editorConfig = "root = true\n[*.json]\ndotnet_diagnostic.MCPG201.severity = error\ndotnet_diagnostic.MCPG101.severity = warning\n";
            File.WriteAllText(configPath, McpJson);
            File.WriteAllText(editorConfigPath, editorConfig);

            var taskFindings = ConfigScanner.Scan(new ScanRequest(new[] { new ConfigFile(configPath, ConfigFormat.ClaudeProject) }, [], SeverityOptions.Default))
                .Select(f => $".mcp.json {f.RuleId} {f.Severity.ToString().ToLowerInvariant()} ({f.Line},{f.Column})-({f.EndLine},{f.EndColumn})")
                .OrderBy(s => s, System.StringComparer.Ordinal)
                .ToList();
            var analyzerFindings = (await new AnalyzerRunner().WithConfig(configPath, McpJson, "claude").WithEditorConfig(editorConfigPath, editorConfig).RunAsync())
                .Select(AnalyzerRunner.Describe)
                .OrderBy(s => s, System.StringComparer.Ordinal)
                .ToList();

            Assert.HasCount(3, taskFindings);
            CollectionAssert.AreEqual(taskFindings, analyzerFindings);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>A public anon key is a milder MCPG101: Info by default in the IDE and the build, raised by configuration like any default.</summary>
    [TestMethod]
    public async Task AnonKey_IsInfo_ServiceRoleIsError_AndNoSecretReachesADiagnostic()
    {
        static string Jwt(string role, string signature) =>
            B64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + B64("{\"iss\":\"supabase\",\"ref\":\"qwertyuiopasdfghjklz\",\"role\":\"" + role + "\",\"iat\":1735689600}") + "." + signature;
        var anon = Jwt("anon", "Qm9vVHJ4cHl6ZWxrUGp3a0x2N3hZc2RGZ0hqS2xNbk9w");
        var service = Jwt("service_role", "Wm9vVHJ4cHl6ZWxrUGp3a0x2N3hZc2RGZ0hqS2xNbk9w");
        var json = "{ \"mcpServers\": { \"db\": { \"command\": \"node\", \"env\": { \"SUPABASE_ANON_KEY\": \"" + anon + "\", \"SUPABASE_SERVICE_ROLE_KEY\": \"" + service + "\" } } } }";

        var diagnostics = await new AnalyzerRunner().WithConfig(McpJsonPath, json, "claude").RunAsync();
        CollectionAssert.AreEqual(
            new[] { "MCPG101 info", "MCPG101 error" },
            diagnostics.Select(d => d.Id + " " + d.Severity.ToString().ToLowerInvariant()).ToList());
        Assert.IsFalse(diagnostics.Any(d => d.GetMessage().Contains("Qm9vVHJ4", System.StringComparison.Ordinal) || d.GetMessage().Contains("Wm9vVHJ4", System.StringComparison.Ordinal)));

        var raised = await new AnalyzerRunner()
            .WithConfig(McpJsonPath, json, "claude")
            .WithEditorConfig(Root + "/.editorconfig", "root = true\n[*.json]\ndotnet_diagnostic.MCPG101.severity = error\n")
            .RunAsync();
        Assert.IsTrue(raised.All(d => d.Severity == DiagnosticSeverity.Error));
    }

    private static string B64(string text) =>
        System.Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
