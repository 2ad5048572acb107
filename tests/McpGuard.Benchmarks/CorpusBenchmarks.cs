using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using McpGuard.Discovery;
using McpGuard.Model;

namespace McpGuard.Benchmarks;

/// <summary>Read and validate every corpus file (all rules, no I/O): the engine's throughput in MB/s is bytes / mean time.</summary>
[MemoryDiagnoser]
public class CorpusBenchmarks
{
    private readonly List<(string Path, ConfigFormat Format, byte[] Content)> _files = new();

    [GlobalSetup]
    public void Load()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "corpus", "files");
        foreach (var file in Directory.GetFiles(folder).OrderBy(f => f, StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            var repositoryPath = "/repo/" + string.Join("/", name.Split("__").Skip(3));
            if (ConfigLocations.Default.Match(repositoryPath) is { } format)
            {
                _files.Add((repositoryPath, format, File.ReadAllBytes(file)));
            }
        }

        Console.WriteLine($"// corpus: {_files.Count} files, {_files.Sum(f => f.Content.Length)} bytes");
    }

    [Benchmark]
    public int CheckCorpus()
    {
        var findings = 0;
        foreach (var (path, format, content) in _files)
        {
            findings += ConfigChecker.Check(path, format, content).Count;
        }

        return findings;
    }
}
