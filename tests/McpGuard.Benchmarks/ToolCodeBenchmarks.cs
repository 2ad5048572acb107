using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using McpGuard.Analyzers.ToolCode;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace McpGuard.Benchmarks;

/// <summary>
/// The MCPG8xx analyzer (seven rules) on a server with 50 tools (each builds a path, a command and SQL from its argument
/// through a local and a helper), and on a compilation without the SDK (one type lookup). <c>WithAnalyzers</c> works on a
/// copy of the compilation that binds the bodies again, so a run also measures the compiler: subtract the empty
/// analyzer's baseline, or read the analyzers' own time with <see cref="ReportAnalyzerExecutionTime"/>. The SDK's
/// attributes are declared in source under their real metadata names.
/// </summary>
[MemoryDiagnoser]
public class ToolCodeBenchmarks
{
    private const string Sdk = """
        namespace ModelContextProtocol.Server
        {
            [System.AttributeUsage(System.AttributeTargets.Class)] public sealed class McpServerToolTypeAttribute : System.Attribute { }
            [System.AttributeUsage(System.AttributeTargets.Method)] public sealed class McpServerToolAttribute : System.Attribute
            {
                public string? Name { get; set; }
                public bool ReadOnly { get; set; }
                public bool Destructive { get; set; }
            }
        }
        """;

    private static readonly ImmutableArray<DiagnosticAnalyzer> s_analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new ToolCodeAnalyzer());

    private Compilation _server = null!;
    private Compilation _noSdk = null!;

    [GlobalSetup]
    public void CreateCompilations()
    {
        var tools = new StringBuilder("using System.Diagnostics; using System.IO; using ModelContextProtocol.Server;\n[McpServerToolType]\npublic sealed class Tools\n{\n");
        for (var i = 0; i < 50; i++)
        {
            tools.Append($$"""
                    [McpServerTool(Name = "tool_{{i}}", ReadOnly = true)]
                    public string Tool{{i}}(string name, int count)
                    {
                        var path = Path.Combine("/srv/data", name + ".txt");
                        Process.Start("git", "log -n " + count + " " + Quote(name));
                        return File.ReadAllText(path) + Describe(name);
                    }

                """);
        }

        tools.Append("    private static string Quote(string value) => \"'\" + value + \"'\";\n    private static string Describe(string value) => value.Trim();\n}\n");
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) == "netstandard.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);
        _server = CSharpCompilation.Create("Server", [CSharpSyntaxTree.ParseText(tools.ToString()), CSharpSyntaxTree.ParseText(Sdk)], references, options);
        _noSdk = CSharpCompilation.Create("Library", [CSharpSyntaxTree.ParseText(tools.ToString().Replace("ModelContextProtocol.Server", "Other", StringComparison.Ordinal)), CSharpSyntaxTree.ParseText(Sdk.Replace("ModelContextProtocol.Server", "Other", StringComparison.Ordinal))], references, options);
        foreach (var compilation in new[] { _server, _noSdk })
        {
            // Bind every method body once, so that the benchmark does not measure the compiler.
            foreach (var tree in compilation.SyntaxTrees)
            {
                compilation.GetSemanticModel(tree).GetDiagnostics();
            }
        }
    }

    [Benchmark]
    public int ServerWith50Tools() => Run(_server);

    /// <summary>What the compiler spends on the same compilation for any operation-based analyzer: the part that is not MCPG8xx's.</summary>
    [Benchmark(Baseline = true)]
    public int ServerWith50ToolsEmptyAnalyzer() =>
        _server.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyOperationAnalyzer())).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length;

    [Benchmark]
    public int CompilationWithoutTheSdk() => Run(_noSdk);

#pragma warning disable RS1036, RS2008 // A benchmark's stand-in, never shipped.
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class EmptyOperationAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor s_rule = new("BENCH001", "Benchmark", "Benchmark", "Benchmark", DiagnosticSeverity.Hidden, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(s_rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterOperationBlockAction(_ => { });
        }
    }
#pragma warning restore RS1036, RS2008

    /// <summary>
    /// The analyzer's own time, as the compiler's telemetry counts it (<c>logAnalyzerExecutionTime</c>): its execution
    /// time per compilation, median of <paramref name="runs"/> runs after a warm-up, so the
    /// compiler's binding and the driver's work are left out; then the process CPU it adds to an empty analyzer. <c>dotnet run -c Release --project tests/McpGuard.Benchmarks -- --tool-code-telemetry</c>.
    /// </summary>
    public static void ReportAnalyzerExecutionTime(int runs)
    {
        var benchmarks = new ToolCodeBenchmarks();
        benchmarks.CreateCompilations();
        foreach (var (name, compilation) in new[] { ("ServerWith50Tools", benchmarks._server), ("CompilationWithoutTheSdk", benchmarks._noSdk) })
        {
            var totals = new System.Collections.Generic.List<double>();
            var perAnalyzer = new double[s_analyzers.Length];
            var findings = 0;
            for (var run = 0; run < runs + 3; run++)
            {
                var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
                var withAnalyzers = compilation.WithAnalyzers(s_analyzers, options);
                findings = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length;
                var total = TimeSpan.Zero;
                for (var i = 0; i < s_analyzers.Length; i++)
                {
                    var time = withAnalyzers.GetAnalyzerTelemetryInfoAsync(s_analyzers[i], default).GetAwaiter().GetResult().ExecutionTime;
                    total += time;
                    perAnalyzer[i] += run >= 3 ? time.TotalMilliseconds / runs : 0;
                }

                if (run >= 3)
                {
                    totals.Add(total.TotalMilliseconds);
                }
            }

            totals.Sort();
            Console.WriteLine($"{name}: median {totals[totals.Count / 2]:F2} ms, min {totals[0]:F2} ms, 10th percentile {totals[totals.Count / 10]:F2} ms, max {totals[totals.Count - 1]:F2} ms over {runs} runs; {findings} findings");
            Console.WriteLine("  mean per analyzer: " + string.Join(", ", s_analyzers.Select((a, i) => $"{a.GetType().Name.Replace("Analyzer", string.Empty, StringComparison.Ordinal)} {perAnalyzer[i]:F2} ms")));

            // CPU time is what load on a shared machine disturbs least: the process's CPU for a run with the MCPG8xx
            // analyzer, less that for a run with an empty operation analyzer (the compiler's binding and driver), both
            // concurrent as in a build, so it also counts the driver's work for the analyzer's actions.
            if (compilation == benchmarks._noSdk)
            {
                // Without the SDK the analyzer never asks for a body, while the empty analyzer binds them all: nothing to subtract.
                continue;
            }

            var concurrent = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false);
            var cpu = ProcessorTimeOverEmptyAnalyzer(compilation, s_analyzers, concurrent, runs, out var allocated);
            Console.WriteLine($"  process CPU, the MCPG8xx analyzer less an empty one: median {cpu[cpu.Count / 2]:F1} ms, mean {cpu.Average():F1} ms; allocated over the empty one: median {allocated / 1024:F0} KB");

            // The driver's share: seven empty operation-block analyzers, less one.
            var sevenEmpty = ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyOperationAnalyzer(), new EmptyOperationAnalyzer(), new EmptyOperationAnalyzer(), new EmptyOperationAnalyzer(), new EmptyOperationAnalyzer(), new EmptyOperationAnalyzer(), new EmptyOperationAnalyzer());
            var driver = ProcessorTimeOverEmptyAnalyzer(compilation, sevenEmpty, concurrent, runs, out _);
            Console.WriteLine($"  process CPU, seven empty analyzers less one: median {driver[driver.Count / 2]:F1} ms, mean {driver.Average():F1} ms");
        }
    }

    /// <summary>Process CPU of <paramref name="analyzers"/> less one empty analyzer on the same compilation, sorted, after three warm-up runs; <paramref name="allocatedBytes"/> the median of the memory allocated less the empty analyzer's.</summary>
    private static System.Collections.Generic.List<double> ProcessorTimeOverEmptyAnalyzer(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, CompilationWithAnalyzersOptions options, int runs, out double allocatedBytes)
    {
        var differences = new System.Collections.Generic.List<double>();
        var allocations = new System.Collections.Generic.List<double>();
        var process = System.Diagnostics.Process.GetCurrentProcess();
        for (var run = 0; run < runs + 3; run++)
        {
            process.Refresh();
            var before = process.TotalProcessorTime;
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            process.Refresh();
            var measured = process.TotalProcessorTime - before;
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            before = process.TotalProcessorTime;
            allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyOperationAnalyzer()), options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            process.Refresh();
            if (run >= 3)
            {
                differences.Add((measured - (process.TotalProcessorTime - before)).TotalMilliseconds);
                allocations.Add(allocated - (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore));
            }
        }

        allocations.Sort();
        allocatedBytes = allocations[allocations.Count / 2];
        differences.Sort();
        return differences;
    }

    private static int Run(Compilation compilation) =>
        compilation.WithAnalyzers(s_analyzers).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length;
}
