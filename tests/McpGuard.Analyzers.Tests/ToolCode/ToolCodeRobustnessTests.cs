using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using McpGuard.Analyzers.ToolCode;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Analyzers.Tests.ToolCode;

/// <summary>Odd and broken tool code: the MCPG8xx analyzer reports what it can and never throw (no AD0001).</summary>
[TestClass]
public sealed class ToolCodeRobustnessTests
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> s_analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new ToolCodeAnalyzer());

    private const string OddServer = """
        using System;
        using System.Collections.Generic;
        using System.Diagnostics;
        using System.IO;
        using System.Threading.Tasks;
        using ModelContextProtocol.Server;

        [McpServerToolType]
        public partial class OddTools<T>
        {
            [McpServerTool(ReadOnly = true)]
            public string Recursive(string path, int depth) => depth > 0 ? Recursive(path + "/x", depth - 1) : Helper(path);

            private string Helper(string value) => Other(value);
            private string Other(string value) => Helper(value);

            [McpServerTool]
            public async IAsyncEnumerable<string> Lines(string path)
            {
                string? current = null;
                for (var i = 0; i < 3; i++) { current = current + path; }
                foreach (var line in File.ReadLines(current!)) { await Task.Yield(); yield return line; }
            }

            [McpServerTool]
            public void Locals(string command)
            {
                void Run(string text) => Process.Start("sh", "-c " + text);
                Func<string, Process?> start = text => Process.Start(text);
                Run(command);
                start(command);
                ref var alias = ref command;
                alias = alias.Trim();
                (var a, var b) = (command, command);
                Process.Start(a, b);
            }

            [McpServerTool]
            public partial string Partial(string name);

            [McpServerTool]
            public string Unbound(string name) => UnknownType.Read(name) + undefined;

            [McpServerTool]
            public string Format(string name) => string.Format("{0} {5} {x}", name);
        }

        public partial class OddTools<T>
        {
            public partial string Partial(string name) => File.ReadAllText(name);
        }
        """;

    [TestMethod]
    [DataRow(ToolCodeHarness.Oldest)]
    [DataRow(ToolCodeHarness.Newest)]
    public async Task OddAndBrokenToolCode_ReportsWithoutAnalyzerExceptions(string sdkVersion)
    {
        var deep = new StringBuilder("return \"a\"");
        for (var i = 0; i < 3000; i++)
        {
            deep.Append(" + name");
        }

        var source = OddServer + "\n[McpServerToolType] public static class Deep { [McpServerTool] public static string Long(string name) { File.ReadAllText(Build(name)); return name; } private static string Build(string name) { " + deep + "; } }\n";
        var compilation = CSharpCompilation.Create(
            "Odd",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: ToolCodeHarness.ToolsPath)],
            ToolCodeHarness.References(sdkVersion),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        ImmutableArray<Diagnostic> diagnostics = [.. (await compilation.WithAnalyzers(s_analyzers, options).GetAnalyzerDiagnosticsAsync()).OrderBy(d => d.Location.SourceSpan.Start)];

        Assert.IsFalse(diagnostics.Any(d => d.Id == "AD0001"), ToolCodeHarness.Describe(diagnostics));
        // Still reported through the odd shapes: an async iterator's path, a local function's shell, a partial method's path and a
        // 3000-term concatenation in a helper; the recursive helpers, the broken and the badly formatted tools report nothing.
        const string path = "without checking that it stays inside a root folder: resolve it with Path.GetFullPath and reject it unless it starts with the root";
        Assert.AreEqual(
            string.Join("\n", new[]
            {
                $"Tools.cs MCPG802 warning (22,45)-(22,52) MCP tool 'Lines' reads from a path built from its argument 'path' {path}",
                "Tools.cs MCPG801 error (28,54)-(28,66) MCP tool 'Locals' puts its argument 'command' into a shell script ('sh -c'); the model chooses it, so a prompt injection chooses the command",
                $"Tools.cs MCPG802 warning (50,68)-(50,72) MCP tool 'Partial' reads from a path built from its argument 'name' {path}",
                $"Tools.cs MCPG802 warning (52,122)-(52,133) MCP tool 'Long' reads from a path built from its argument 'name' {path}",
            }),
            ToolCodeHarness.Describe(diagnostics));
    }
}
