using BenchmarkDotNet.Running;

if (args is ["--tool-code-telemetry", ..])
{
    McpGuard.Benchmarks.ToolCodeBenchmarks.ReportAnalyzerExecutionTime(warmUpRuns: 300, runs: 100);
    return;
}

if (args is ["--discovery", var tree, ..])
{
    McpGuard.Benchmarks.DiscoveryTiming.Report(tree, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(McpGuard.Benchmarks.DiscoveryBenchmarks).Assembly).Run(args);
