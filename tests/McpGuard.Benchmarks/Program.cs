using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(McpGuard.Benchmarks.DiscoveryBenchmarks).Assembly).Run(args);
