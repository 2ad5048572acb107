using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using McpGuard.Discovery;
using McpGuard.Scanning;

namespace McpGuard.Benchmarks;

/// <summary>
/// <c>--discovery &lt;tree&gt; [runs]</c>, driven by <c>build/measure-discovery.sh</c> in turns with <c>find</c>: the
/// milliseconds of a build's discovery over one tree, as <c>DiscoverMcpConfigs</c> runs it, in this process after a warm-up.
/// <c>walk</c>: no walk result kept (a first build, or a folder changed), so the tree is listed and the result saved;
/// <c>unchanged</c>: the saved result checked against every listed folder's time stamp and reused.
/// </summary>
internal static class DiscoveryTiming
{
    public static void Report(string tree, int runs)
    {
        var cache = Path.Combine(Path.GetTempPath(), "mcpguard-discovery-" + Guid.NewGuid().ToString("N"));
        try
        {
            // JIT and the file system's caches: one walk and one reuse before anything is timed.
            Discover(tree, cache, expectReused: false);
            Discover(tree, cache, expectReused: true);
            for (var run = 0; run < runs; run++)
            {
                Directory.Delete(cache, recursive: true);
                var (walk, found) = Discover(tree, cache, expectReused: false);
                var (unchanged, _) = Discover(tree, cache, expectReused: true);
                Console.WriteLine($"walk {walk:F1} unchanged {unchanged:F1} found {found}");
            }
        }
        finally
        {
            if (Directory.Exists(cache))
            {
                Directory.Delete(cache, recursive: true);
            }
        }
    }

    private static (double Milliseconds, int Found) Discover(string tree, string cache, bool expectReused)
    {
        var clock = Stopwatch.StartNew();
        IReadOnlyList<ConfigFile> found = DiscoveryCache.Discover(tree, cache, out var reused);
        var elapsed = clock.Elapsed.TotalMilliseconds;
        if (reused != expectReused)
        {
            throw new InvalidOperationException($"Expected the walk result to be {(expectReused ? "reused" : "walked afresh")} for '{tree}'.");
        }

        return (elapsed, found.Count);
    }
}
