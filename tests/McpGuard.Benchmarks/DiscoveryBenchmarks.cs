using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using McpGuard.Discovery;

namespace McpGuard.Benchmarks;

/// <summary>
/// Discovery over a generated repository of 100 000 files: 90 000 in a heavy node_modules (never walked), 10 000
/// sources in 500 folders with a .mcp.json in every 50th folder. The cost is what every build pays once.
/// </summary>
[MemoryDiagnoser]
public class DiscoveryBenchmarks
{
    private string _root = string.Empty;

    [GlobalSetup]
    public void CreateTree()
    {
        _root = Path.Combine(Path.GetTempPath(), "mcpguard-bench-" + Guid.NewGuid().ToString("N"));
        for (var folder = 0; folder < 500; folder++)
        {
            var directory = Directory.CreateDirectory(Path.Combine(_root, "src", "area" + (folder % 20), "module" + folder)).FullName;
            for (var file = 0; file < 20; file++)
            {
                File.WriteAllText(Path.Combine(directory, $"File{file}.cs"), string.Empty);
            }

            if (folder % 50 == 0)
            {
                File.WriteAllText(Path.Combine(directory, ".mcp.json"), "{}");
            }
        }

        for (var package = 0; package < 900; package++)
        {
            var directory = Directory.CreateDirectory(Path.Combine(_root, "node_modules", "pkg" + package, "lib")).FullName;
            for (var file = 0; file < 100; file++)
            {
                File.WriteAllText(Path.Combine(directory, $"f{file}.js"), string.Empty);
            }
        }

        File.WriteAllText(Path.Combine(_root, ".mcp.json"), "{}");
    }

    [GlobalCleanup]
    public void DeleteTree() => Directory.Delete(_root, recursive: true);

    [Benchmark]
    public int DiscoverRepository() => ConfigDiscovery.Discover(_root).Count;
}
