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
/// The MCPG8xx analyzer (seven rules) on a server with 50 tools (each builds a path and a command line from its
/// argument, through a local and two helpers: 100 findings), and on a compilation without the SDK (one type lookup).
/// <c>WithAnalyzers</c> works on a copy of the compilation that binds the bodies again, so a run also measures the
/// compiler: subtract the empty analyzer's baseline (<see cref="SetUp"/> warms both first), or read the analyzer's own
/// time with <see cref="ReportAnalyzerExecutionTime"/>. The SDK's attributes are declared in source under their real
/// metadata names.
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

    /// <summary>
    /// The compilations, then 300 runs of the analyzer and of the empty one: BenchmarkDotNet's own warm-up stops while
    /// tiered compilation is still replacing the compiler's and the analyzer's first, unoptimized code (a few hundred
    /// compilations on two cores), and its measurements then fall by half over the iterations; a compiler server that
    /// builds again and again runs the optimized code.
    /// </summary>
    [GlobalSetup]
    public void SetUp()
    {
        CreateCompilations();
        for (var i = 0; i < 300; i++)
        {
            ServerWith50Tools();
            ServerWith50ToolsEmptyAnalyzer();
        }
    }

    private void CreateCompilations()
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
    /// The analyzer's own time, as the compiler's telemetry counts it (<c>logAnalyzerExecutionTime</c>, what
    /// <c>-p:ReportAnalyzer=true</c> prints in a build): its execution time per compilation, so the compiler's binding
    /// and the driver's work are left out. The first compilation of the process is reported on its own (the JIT compiles
    /// the analyzer and the compiler APIs it calls); then <paramref name="warmUpRuns"/> runs let tiered compilation
    /// replace the first, unoptimized code, printed as the median of each 50 so that the settling shows; then the median
    /// of <paramref name="runs"/> runs, as BenchmarkDotNet measures after its own warm-up; then the process CPU it adds to
    /// an empty analyzer. <c>dotnet run -c Release --project tests/McpGuard.Benchmarks -- --tool-code-telemetry</c>.
    /// </summary>
    public static void ReportAnalyzerExecutionTime(int warmUpRuns, int runs)
    {
        var benchmarks = new ToolCodeBenchmarks();
        benchmarks.CreateCompilations();
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
        // Without the SDK first: that is what every project's compilation runs, and its first run is the process's first.
        foreach (var (name, compilation) in new[] { ("CompilationWithoutTheSdk", benchmarks._noSdk), ("ServerWith50Tools", benchmarks._server) })
        {
            var findings = 0;
            double AnalyzerMilliseconds()
            {
                var withAnalyzers = compilation.WithAnalyzers(s_analyzers, options);
                findings = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length;
                return withAnalyzers.GetAnalyzerTelemetryInfoAsync(s_analyzers[0], default).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds;
            }

            // The compiler's own first use (binding, the driver, the operation trees) is paid by an empty analyzer first.
            for (var i = 0; i < 3; i++)
            {
                compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyOperationAnalyzer()), options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            }

            var jitBefore = System.Runtime.JitInfo.GetCompilationTime();
            var methodsBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
            var first = AnalyzerMilliseconds();
            var jit = (System.Runtime.JitInfo.GetCompilationTime() - jitBefore).TotalMilliseconds;
            var methods = System.Runtime.JitInfo.GetCompiledMethodCount() - methodsBefore;
            var warmUp = new System.Collections.Generic.List<string>();
            for (var block = 0; block < warmUpRuns / 50; block++)
            {
                warmUp.Add($"{Median(Enumerable.Range(0, 50).Select(_ => AnalyzerMilliseconds()).ToList()):F1}");
            }

            var times = Enumerable.Range(0, runs).Select(_ => AnalyzerMilliseconds()).ToList();
            times.Sort();
            Console.WriteLine($"{name}: {findings} findings; first compilation {first:F1} ms (meanwhile the JIT compiled {methods} methods, {jit:F0} ms on all threads); medians of each 50 warm-up runs {string.Join(" ", warmUp)} ms");
            Console.WriteLine($"  then over {runs} runs: median {Median(times):F2} ms, 10th percentile {times[times.Count / 10]:F2} ms, 90th percentile {times[times.Count * 9 / 10]:F2} ms, max {times[times.Count - 1]:F2} ms");

            // CPU time is what load on a shared machine disturbs least: the process's CPU for a run with the MCPG8xx
            // analyzer, less that for a run with an empty operation analyzer (the compiler's binding and driver), both
            // concurrent as in a build, so it also counts the driver's work for the analyzer's actions.
            if (compilation == benchmarks._noSdk)
            {
                // Without the SDK the analyzer never asks for a body, while the empty analyzer binds them all: nothing to subtract.
                continue;
            }

            var concurrent = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false);
            var cpu = ProcessorTimeOverEmptyAnalyzer(compilation, s_analyzers, concurrent, blocks: 10, out var allocated);
            Console.WriteLine($"  process CPU per run, the MCPG8xx analyzer less an empty one, 10 blocks of 20 runs each: median {Median(cpu):F1} ms, range {cpu[0]:F1} to {cpu[cpu.Count - 1]:F1} ms; allocated over the empty one: median {allocated / 1024:F0} KB");
        }
    }

    private static double Median(System.Collections.Generic.List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }

    /// <summary>
    /// Process CPU per run of <paramref name="analyzers"/> less one empty analyzer on the same compilation, one figure per
    /// block of 20 runs of each, alternating, sorted: the process's CPU time advances in scheduler ticks (10 ms on Linux),
    /// coarser than one run; <paramref name="allocatedBytes"/> the median per run of the memory allocated less the empty
    /// analyzer's.
    /// </summary>
    private static System.Collections.Generic.List<double> ProcessorTimeOverEmptyAnalyzer(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, CompilationWithAnalyzersOptions options, int blocks, out double allocatedBytes)
    {
        const int RunsPerBlock = 20;
        var empty = ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyOperationAnalyzer());
        var process = System.Diagnostics.Process.GetCurrentProcess();
        (double Milliseconds, double Bytes) Block(ImmutableArray<DiagnosticAnalyzer> set)
        {
            process.Refresh();
            var before = process.TotalProcessorTime;
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            for (var run = 0; run < RunsPerBlock; run++)
            {
                compilation.WithAnalyzers(set, options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            }

            process.Refresh();
            return ((process.TotalProcessorTime - before).TotalMilliseconds / RunsPerBlock, (double)(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / RunsPerBlock);
        }

        var differences = new System.Collections.Generic.List<double>();
        var allocations = new System.Collections.Generic.List<double>();
        for (var block = 0; block < blocks; block++)
        {
            var measured = Block(analyzers);
            var baseline = Block(empty);
            differences.Add(measured.Milliseconds - baseline.Milliseconds);
            allocations.Add(measured.Bytes - baseline.Bytes);
        }

        allocatedBytes = Median(allocations);
        differences.Sort();
        return differences;
    }

    private static int Run(Compilation compilation) =>
        compilation.WithAnalyzers(s_analyzers).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length;
}
