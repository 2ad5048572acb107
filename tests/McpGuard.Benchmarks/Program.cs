using BenchmarkDotNet.Running;

if (args is ["--tool-code-telemetry", ..])
{
    McpGuard.Benchmarks.ToolCodeBenchmarks.ReportAnalyzerExecutionTime(runs: 60);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(McpGuard.Benchmarks.DiscoveryBenchmarks).Assembly).Run(args);
