using System;
using System.IO;
using System.Linq;
using McpGuard.Scanning;
using McpGuard.Severity;
using McpGuard.Suppression;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Tool.Tests;

/// <summary>The command in process: arguments, output lines, exit codes; the scan itself is Core's and tested there.</summary>
[TestClass]
public sealed class McpGuardCommandTests
{
    private const string TokenLine = ".mcp.json(7,41): error MCPG101: Server 'github' holds a literal GitHub personal access token (ghp_…[40 chars]) at 'mcpServers.github.env.GITHUB_PERSONAL_ACCESS_TOKEN'; ";
    private const string UnpinnedLine = ".mcp.json(5,22): warning MCPG201: Server 'github' runs npm package '@modelcontextprotocol/server-github' at 'mcpServers.github.args[1]' without an exact version; ";

    [TestMethod]
    public void Repository_WithLiteralToken_PrintsMsBuildLineRelativeToRoot_Exits1_NeverTheValue()
    {
        using var repository = new TempRepository();
        repository.Write(".mcp.json", Fixtures.McpJsonWithToken(Fixtures.Token));

        var (exit, output, errors) = Run(repository.Root);

        Assert.AreEqual(1, exit, output + errors);
        var lines = Lines(output);
        Assert.AreEqual(1, lines.Length, output);
        StringAssert.StartsWith(lines[0], TokenLine);
        StringAssert.EndsWith(lines[0], " (https://github.com/mcpguard/McpGuard.Build/blob/main/docs/rules/MCPG101.md)");
        AssertNeverPrinted(Fixtures.Token, output, errors);
        StringAssert.Contains(errors, "1 file(s) checked: 1 error(s), 0 warning(s)");
    }

    [TestMethod]
    public void Repository_Clean_PrintsNothing_Exits0()
    {
        using var repository = new TempRepository();
        repository.Write(".mcp.json", Fixtures.CleanMcpJson);

        var (exit, output, errors) = Run(repository.Root);

        Assert.AreEqual(0, exit, output + errors);
        Assert.AreEqual(string.Empty, output);
        Assert.AreEqual(string.Empty, errors);
    }

    [TestMethod]
    public void Repository_FromSubfolder_UsesNearestGitRoot_AndPathArgumentIsTheRoot()
    {
        using var repository = new TempRepository();
        repository.Write("services/api/.mcp.json", Fixtures.UnpinnedMcpJson);
        var subfolder = Path.Combine(repository.Root, "services", "api");

        var fromSubfolder = Run(subfolder);
        Assert.AreEqual(0, fromSubfolder.Exit, fromSubfolder.Errors);
        StringAssert.StartsWith(Lines(fromSubfolder.Output).Single(), "services/api/" + UnpinnedLine);

        var namedRoot = Run(repository.Root, "services");
        StringAssert.StartsWith(Lines(namedRoot.Output).Single(), "api/" + UnpinnedLine);
    }

    [TestMethod]
    public void Advisories_FolderOfOsvRecords_AddsItsAdvisory_InsideTheRangeOnly()
    {
        using var repository = new TempRepository();
        repository.Write(".mcp.json", """
            {
              "mcpServers": {
                "inside": { "command": "npx", "args": ["-y", "@acme/mcp-server@1.3.9"] },
                "outside": { "command": "npx", "args": ["-y", "@acme/mcp-server@1.4.0"] }
              }
            }
            """);
        repository.Write("security/osv/GHSA-aaaa-bbbb-cccc.json", """
            {
              "id": "GHSA-aaaa-bbbb-cccc",
              "modified": "2026-11-30T00:00:00Z",
              "summary": "the server logs its token",
              "affected": [{ "package": { "ecosystem": "npm", "name": "@acme/mcp-server" }, "ranges": [{ "type": "SEMVER", "events": [{ "introduced": "1.0.0" }, { "fixed": "1.4.0" }] }] }],
              "references": [{ "type": "ADVISORY", "url": "https://github.com/advisories/GHSA-aaaa-bbbb-cccc" }],
              "database_specific": { "severity": "HIGH" }
            }
            """);

        var without = Run(repository.Root);
        Assert.AreEqual(string.Empty, without.Output);

        var with = Run(repository.Root, "--advisories", Path.Combine(repository.Root, "security", "osv"));
        Assert.AreEqual(0, with.Exit, with.Output + with.Errors);
        StringAssert.StartsWith(Lines(with.Output).Single(), ".mcp.json(3,50): warning MCPG204: Server 'inside' runs '@acme/mcp-server@1.3.9' at 'mcpServers.inside.args[1]', version 1.3.9 is affected by GHSA-aaaa-bbbb-cccc");
    }

    [TestMethod]
    public void Warning_Exits0_WarnAsErrorAndStrictMode_Exit1()
    {
        using var repository = new TempRepository();
        repository.Write(".mcp.json", Fixtures.UnpinnedMcpJson);

        var plain = Run(repository.Root);
        Assert.AreEqual(0, plain.Exit);
        StringAssert.StartsWith(Lines(plain.Output).Single(), UnpinnedLine);

        var all = Run(repository.Root, "--warnaserror");
        Assert.AreEqual(1, all.Exit);
        StringAssert.StartsWith(Lines(all.Output).Single(), UnpinnedLine.Replace("warning MCPG201", "error MCPG201"));

        var listed = Run(repository.Root, "--warnaserror=MCPG201");
        Assert.AreEqual(1, listed.Exit);
        var other = Run(repository.Root, "--warnaserror=MCPG202");
        Assert.AreEqual(0, other.Exit);

        var strict = Run(repository.Root, "--mode", "strict");
        Assert.AreEqual(1, strict.Exit);
        StringAssert.StartsWith(Lines(strict.Output).Single(), UnpinnedLine.Replace("warning MCPG201", "error MCPG201"));

        var audit = Run(repository.Root, "--mode=audit", "--warnaserror");
        Assert.AreEqual(0, audit.Exit, "audit mode never fails");
    }

    [TestMethod]
    public void NoWarn_Level_AndEditorConfigSeverities_AreApplied()
    {
        using var repository = new TempRepository();
        repository.Write(".mcp.json", Fixtures.McpJsonWithToken(Fixtures.Token).Replace("@2025.4.8", string.Empty));

        var both = Run(repository.Root);
        Assert.AreEqual(2, Lines(both.Output).Length, both.Output);

        var noWarn = Run(repository.Root, "--no-warn", "MCPG101;MCPG201");
        Assert.AreEqual(0, noWarn.Exit);
        Assert.AreEqual(string.Empty, noWarn.Output);

        var errorsOnly = Run(repository.Root, "--level", "error");
        Assert.AreEqual(1, errorsOnly.Exit);
        StringAssert.StartsWith(Lines(errorsOnly.Output).Single(), TokenLine);

        repository.Write(".editorconfig", "root = true\n\n[*.json]\ndotnet_diagnostic.MCPG101.severity = warning\ndotnet_diagnostic.MCPG201.severity = none\n");
        var configured = Run(repository.Root);
        Assert.AreEqual(0, configured.Exit, configured.Output);
        StringAssert.StartsWith(Lines(configured.Output).Single(), TokenLine.Replace("error MCPG101", "warning MCPG101"));

        repository.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.MCPG201.severity = error\n");
        File.Delete(Path.Combine(repository.Root, ".editorconfig"));
        var global = Run(repository.Root, "--no-warn", "MCPG101");
        Assert.AreEqual(1, global.Exit);
        StringAssert.StartsWith(Lines(global.Output).Single(), UnpinnedLine.Replace("warning MCPG201", "error MCPG201").Replace("(5,22)", "(5,22)"));
    }

    [TestMethod]
    public void Files_ChecksOnlyNamedConfigurations_AsDiscoveryWould()
    {
        using var repository = new TempRepository();
        repository.Write(".mcp.json", Fixtures.McpJsonWithToken(Fixtures.Token));
        repository.Write(".vscode/mcp.json", "{ \"servers\": { \"x\": { \"command\": \"npx\", \"args\": [\"-y\", \"left-pad-mcp\"] } } }\n");
        repository.Write("node_modules/pkg/.mcp.json", Fixtures.McpJsonWithToken(Fixtures.Token));
        repository.Write("README.md", "# not a configuration\n");

        var (exit, output, errors) = Run(repository.Root, "--files", ".vscode/mcp.json", "README.md", "node_modules/pkg/.mcp.json");

        Assert.AreEqual(0, exit, output + errors);
        var line = Lines(output).Single();
        StringAssert.StartsWith(line, ".vscode/mcp.json(1,56): warning MCPG201: Server 'x' runs npm package 'left-pad-mcp'");
        AssertNeverPrinted(Fixtures.Token, output, errors);

        var tokenFile = Run(repository.Root, "--files", "--", ".mcp.json");
        Assert.AreEqual(1, tokenFile.Exit);
        StringAssert.StartsWith(Lines(tokenFile.Output).Single(), TokenLine);
    }

    [TestMethod]
    public void Files_ReadTheRepositoryOtherConfigurationsAsContext_ReportOnlyTheirOwn()
    {
        using var repository = new TempRepository();
        repository.Write(".mcp.json", Fixtures.UnpinnedMcpJson);
        repository.Write(".claude/settings.json", "{ \"enabledMcpjsonServers\": [\"github\", \"ghost\"] }\n");

        var (exit, output, errors) = Run(repository.Root, "--verbose", "--files", ".claude/settings.json");

        Assert.AreEqual(0, exit, output + errors);
        var line = Lines(output).Single();
        StringAssert.StartsWith(line, ".claude/settings.json(1,39): info MCPG611: 'enabledMcpjsonServers' names server 'ghost'");
    }

    [TestMethod]
    public void Baseline_AcceptsKnownFindings_PartialScanReportsNoUnusedEntryForOtherFiles()
    {
        using var repository = new TempRepository();
        var config = repository.Write(".mcp.json", Fixtures.McpJsonWithToken(Fixtures.Token));
        repository.Write(".cursor/mcp.json", Fixtures.UnpinnedMcpJson);
        var request = new ScanRequest(new[] { Discovery.ConfigDiscovery.Classify(repository.Root, config)! }, Array.Empty<string>(), SeverityOptions.Default) { RepositoryRoot = repository.Root };
        repository.Write("mcpguard.baseline.json", Baseline.From(ConfigScanner.Run(request).Findings, repository.Root).ToJson());
        repository.Write(".cursor/mcp.json", Fixtures.UnpinnedMcpJson.Replace("server-github\"", "server-github@2025.4.8\""));

        var (exit, output, errors) = Run(repository.Root, "--mode", "strict", "--files", ".cursor/mcp.json");
        Assert.AreEqual(0, exit, output + errors);
        Assert.AreEqual(string.Empty, output, "the baseline's entry for .mcp.json is not unused: that file was not checked");

        var whole = Run(repository.Root);
        Assert.AreEqual(0, whole.Exit, whole.Output);
        Assert.AreEqual(string.Empty, whole.Output);
        StringAssert.Contains(whole.Errors, "1 finding(s) accepted by the baseline 'mcpguard.baseline.json' are not reported");

        repository.Write(".mcp.json", Fixtures.CleanMcpJson);
        var unused = Run(repository.Root, "--mode", "strict");
        StringAssert.StartsWith(Lines(unused.Output).Single(), "mcpguard.baseline.json");
        StringAssert.Contains(unused.Output, " MCPG011: ");
    }

    [TestMethod]
    public void SarifAndCodeQuality_AreWritten_WithRelativePaths()
    {
        using var repository = new TempRepository();
        repository.Write(".mcp.json", Fixtures.McpJsonWithToken(Fixtures.Token));

        var (exit, _, errors) = Run(repository.Root, "--sarif", "out/mcpguard.sarif", "--codequality", "gl-code-quality-report.json");

        var codeQuality = File.ReadAllText(Path.Combine(repository.Root, "gl-code-quality-report.json"));
        StringAssert.Contains(codeQuality, "\"check_name\": \"MCPG101\"");
        StringAssert.Contains(codeQuality, "\"path\": \".mcp.json\"");
        StringAssert.Contains(codeQuality, "\"begin\": 7");
        Assert.IsFalse(codeQuality.Contains(Fixtures.Token, StringComparison.Ordinal));

        Assert.AreEqual(1, exit, errors);
        var sarif = File.ReadAllText(Path.Combine(repository.Root, "out", "mcpguard.sarif"));
        var schema = NJsonSchema.JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "sarif", "sarif-2.1.0-rtm.5.json")).GetAwaiter().GetResult();
        var schemaErrors = schema.Validate(sarif);
        Assert.IsEmpty(schemaErrors, string.Join("\n", schemaErrors.Select(e => e.ToString())));
        StringAssert.Contains(sarif, "\"ruleId\": \"MCPG101\"");
        StringAssert.Contains(sarif, "\"uri\": \".mcp.json\"");
        StringAssert.Contains(sarif, "\"uriBaseId\": \"%SRCROOT%\"");
        Assert.IsFalse(sarif.Contains(Fixtures.Token, StringComparison.Ordinal));
    }

    [TestMethod]
    [DataRow(new[] { "--bogus" }, "unknown option '--bogus'")]
    [DataRow(new[] { "--staged", "--files", "a" }, "--staged and --files cannot be combined")]
    [DataRow(new[] { "--files" }, "--files needs at least one file")]
    [DataRow(new[] { "--mode", "loose" }, "--mode takes one of: default, strict, audit")]
    [DataRow(new[] { "--level" }, "--level takes one of: suggestion, warning, error")]
    [DataRow(new[] { "--no-warn", "CS1591" }, "--no-warn takes rule ids")]
    [DataRow(new[] { "--sarif" }, "--sarif takes a file")]
    [DataRow(new[] { "a", "b" }, "one folder only")]
    [DataRow(new[] { "--staged", "src" }, "cannot be combined with --staged")]
    [DataRow(new[] { "--verbose=yes" }, "--verbose takes no value")]
    [DataRow(new[] { "--mode", "strict", "--mode", "audit" }, "--mode is given twice")]
    [DataRow(new[] { "no-such-folder" }, "'no-such-folder' is not a folder")]
    [DataRow(new[] { "--files", "missing.json" }, "'missing.json' does not exist or is not a file")]
    [DataRow(new[] { "--baseline", "missing.json" }, "the baseline 'missing.json' does not exist")]
    public void UsageErrors_Exit2_WithOneLineNamingThem(string[] args, string expected)
    {
        using var repository = new TempRepository();

        var (exit, output, errors) = Run(repository.Root, args);

        Assert.AreEqual(2, exit, output + errors);
        Assert.AreEqual(string.Empty, output);
        StringAssert.StartsWith(errors, "mcpguard: ");
        StringAssert.Contains(Lines(errors)[0], expected);
    }

    [TestMethod]
    public void Help_Exits0_AndNamesEveryOption()
    {
        var (exit, output, _) = Run(Path.GetTempPath(), "--help");

        Assert.AreEqual(0, exit);
        foreach (var option in new[] { "--files", "--staged", "--mode", "--level", "--baseline", "--policy", "--sarif", "--no-warn", "--warnaserror", "--verbose" })
        {
            StringAssert.Contains(output, option);
        }
    }

    [TestMethod]
    public void Staged_OutsideGitRepository_Exits2()
    {
        using var repository = new TempRepository(gitMarker: false);

        var (exit, _, errors) = Run(repository.Root, "--staged");

        // The temporary folder may itself sit in a repository on a developer's machine; then git rejects the fake root.
        Assert.AreEqual(2, exit, errors);
        StringAssert.StartsWith(errors, "mcpguard: ");
    }

    internal static void AssertNeverPrinted(string secret, params string[] texts)
    {
        foreach (var text in texts)
        {
            Assert.IsFalse(text.Contains(secret, StringComparison.Ordinal), "the secret value was printed");
            Assert.IsFalse(text.Contains(secret.Substring(4, 12), StringComparison.Ordinal), "part of the secret value was printed");
        }
    }

    internal static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static (int Exit, string Output, string Errors) Run(string currentDirectory, params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = McpGuardCommand.Run(args, currentDirectory, output, errors);
        return (exit, output.ToString(), errors.ToString());
    }
}
