using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using McpGuard.Analyzers.ToolCode;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static McpGuard.Analyzers.Tests.ToolCode.ToolCodeHarness;

namespace McpGuard.Analyzers.Tests.ToolCode;

/// <summary>
/// The MCPG8xx findings under the compiler's own configuration, as for any analyzer: <c>.editorconfig</c> read through
/// <see cref="AnalyzerConfigSet"/> as the compiler reads it, <c>NoWarn</c>/<c>WarningsAsErrors</c>/<c>TreatWarningsAsErrors</c>
/// (the command-line options they become), <c>#pragma warning disable</c>, and <c>[SuppressMessage]</c> on a member or
/// for the assembly. Two tools, so that a suppression scoped to one leaves the other reported.
/// </summary>
[TestClass]
public sealed class ToolCodeSuppressionTests
{
    private const string Server = """
        using System.IO;
        using ModelContextProtocol.Server;

        [McpServerToolType]
        public sealed class FileTools
        {
            [McpServerTool(Name = "read_note")]
            public string ReadNote(string name) => File.ReadAllText(name);

            [McpServerTool(Name = "save_note")]
            public void SaveNote(string name, string text) => File.WriteAllText(name, text);
        }
        """;

    private static string ReadFinding(string source, string severity) => Finding(source, severity, "File.ReadAllText(name)", "read_note", "reads from");

    private static string SaveFinding(string source, string severity) => Finding(source, severity, "File.WriteAllText(name, text)", "save_note", "writes to");

    private static string Finding(string source, string severity, string call, string tool, string access) =>
        $"Tools.cs MCPG802 {severity} {SpanIn(source, call, "name")} MCP tool '{tool}' {access} a path built from its argument 'name' without checking that it stays inside a root folder: resolve it with Path.GetFullPath and reject it unless it starts with the root";

    [TestMethod]
    public async Task WithoutConfiguration_BothToolsAreReportedAsWarnings()
    {
        Assert.AreEqual(
            ReadFinding(Server, "warning") + "\n" + SaveFinding(Server, "warning"),
            Describe(await RunAsync(Server)));
    }

    [TestMethod]
    public async Task EditorConfig_SetsTheSeverityOfTheFilesItsSectionMatches()
    {
        var asError = await RunAsync(Server, editorConfig: "root = true\n[*.cs]\ndotnet_diagnostic.MCPG802.severity = error\n");
        Assert.AreEqual(ReadFinding(Server, "error") + "\n" + SaveFinding(Server, "error"), Describe(asError));

        Assert.AreEqual(string.Empty, Describe(await RunAsync(Server, editorConfig: "root = true\n[*.cs]\ndotnet_diagnostic.MCPG802.severity = none\n")));

        var otherFiles = await RunAsync(Server, editorConfig: "root = true\n[*.json]\ndotnet_diagnostic.MCPG802.severity = none\n");
        Assert.AreEqual(ReadFinding(Server, "warning") + "\n" + SaveFinding(Server, "warning"), Describe(otherFiles));
    }

    [TestMethod]
    public async Task NoWarnWarningsAsErrorsAndTreatWarningsAsErrors_ApplyAsCompilerOptions()
    {
        Assert.AreEqual(string.Empty, Describe(await RunAsync(Server, specific: new() { ["MCPG802"] = ReportDiagnostic.Suppress })));

        var warningsAsErrors = await RunAsync(Server, specific: new() { ["MCPG802"] = ReportDiagnostic.Error });
        Assert.AreEqual(ReadFinding(Server, "error") + "\n" + SaveFinding(Server, "error"), Describe(warningsAsErrors));

        var treatWarningsAsErrors = await RunAsync(Server, general: ReportDiagnostic.Error);
        Assert.AreEqual(ReadFinding(Server, "error") + "\n" + SaveFinding(Server, "error"), Describe(treatWarningsAsErrors));
    }

    [TestMethod]
    public async Task PragmaAroundOneTool_SilencesOnlyThatTool()
    {
        var source = Server.Replace(
            "    [McpServerTool(Name = \"read_note\")]",
            "#pragma warning disable MCPG802 // reads only the notes folder, mounted read-only\n    [McpServerTool(Name = \"read_note\")]",
            StringComparison.Ordinal).Replace(
            "    [McpServerTool(Name = \"save_note\")]",
            "#pragma warning restore MCPG802\n    [McpServerTool(Name = \"save_note\")]",
            StringComparison.Ordinal);

        Assert.AreEqual(SaveFinding(source, "warning"), Describe(await RunAsync(source)));
    }

    [TestMethod]
    public async Task SuppressMessageOnOneTool_SilencesOnlyThatTool()
    {
        var source = Server.Replace(
            "    [McpServerTool(Name = \"read_note\")]",
            "    [System.Diagnostics.CodeAnalysis.SuppressMessage(\"ToolCode\", \"MCPG802:Keep file paths from tool arguments inside a root\", Justification = \"The notes folder is mounted read-only.\")]\n    [McpServerTool(Name = \"read_note\")]",
            StringComparison.Ordinal);

        Assert.AreEqual(SaveFinding(source, "warning"), Describe(await RunAsync(source)));
    }

    [TestMethod]
    public async Task SuppressMessageForTheAssembly_SilencesItsTarget()
    {
        var source = Server.Replace(
            "using ModelContextProtocol.Server;\n",
            "using ModelContextProtocol.Server;\n\n[assembly: System.Diagnostics.CodeAnalysis.SuppressMessage(\"ToolCode\", \"MCPG802\", Justification = \"Reviewed.\", Scope = \"member\", Target = \"~M:FileTools.SaveNote(System.String,System.String)\")]\n",
            StringComparison.Ordinal);

        Assert.AreEqual(ReadFinding(source, "warning"), Describe(await RunAsync(source)));
    }

    /// <summary>The MCPG8xx analyzer's MCPG802 findings with the compiler's options: an <c>.editorconfig</c> at the repository root, and the options <c>NoWarn</c>, <c>WarningsAsErrors</c> and <c>TreatWarningsAsErrors</c> become.</summary>
    private static async Task<ImmutableArray<Diagnostic>> RunAsync(string source, string? editorConfig = null, Dictionary<string, ReportDiagnostic>? specific = null, ReportDiagnostic general = ReportDiagnostic.Default)
    {
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, generalDiagnosticOption: general)
            .WithSpecificDiagnosticOptions(specific ?? new Dictionary<string, ReportDiagnostic>());
        if (editorConfig is not null)
        {
            var configs = AnalyzerConfigSet.Create(ImmutableArray.Create(AnalyzerConfig.Parse(editorConfig, "/repo/.editorconfig")));
            options = options.WithSyntaxTreeOptionsProvider(new EditorConfigTreeOptions(configs));
        }

        var compilation = CSharpCompilation.Create(
            "McpServer",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: ToolsPath)],
            References(Newest),
            options);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.IsEmpty(errors, string.Join("\n", errors));
        var diagnostics = await compilation.WithAnalyzers([new ToolCodeAnalyzer()]).GetAnalyzerDiagnosticsAsync();
        return [.. diagnostics.Where(d => d.Id is "MCPG802" or "AD0001").OrderBy(d => d.Location.SourceSpan.Start)];
    }

    /// <summary>The severities an <c>.editorconfig</c> gives each tree, as the command-line compiler passes them on.</summary>
    private sealed class EditorConfigTreeOptions(AnalyzerConfigSet configs) : SyntaxTreeOptionsProvider
    {
        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            configs.GetOptionsForSourcePath(tree.FilePath).TreeOptions.TryGetValue(diagnosticId, out severity);

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            configs.GlobalConfigOptions.TreeOptions.TryGetValue(diagnosticId, out severity);
    }
}
