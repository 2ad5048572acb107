using System;
using System.Diagnostics;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Infrastructure;

/// <summary>
/// Guards against super-linear growth without a bound on the machine's speed: the same work at size n and 4n must
/// grow closer to 4× (linear) than to 16× (quadratic). Each size is timed as the best of several interleaved runs, in
/// processor time of this process, so other processes on a busy machine do not count and a busy spell falls on both
/// sizes. A limit in seconds would fail on a busy machine and pass a quadratic algorithm on a fast one.
/// </summary>
internal static class GrowthAssert
{
    private const int Factor = 4;

    /// <summary>
    /// Linear or n·log n growth is 4–5× (more when the small size still fits the processor's caches or escapes a
    /// full garbage collection the large size needs); quadratic is 16×. Sizes should make the small run take tens of
    /// milliseconds. Callers are [DoNotParallelize] so no other test of the run shares the process.
    /// </summary>
    private const double MaximumRatio = 10;

    /// <summary>
    /// A quadratic algorithm exceeds the limit on every attempt; a busy spell of the machine (cache and memory
    /// bandwidth shared with other processes also slow this process's processor time) rarely lasts through three.
    /// </summary>
    private const int Attempts = 3;

    public static void IsLinear(Action<int> work, int smallSize, string? name = null)
    {
        work(smallSize);
        work(smallSize * Factor);
        var descriptions = new string[Attempts];
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var small = TimeSpan.MaxValue;
            var large = TimeSpan.MaxValue;
            for (var run = 0; run < 2; run++)
            {
                small = Min(small, ProcessorTime(() => work(smallSize)));
                large = Min(large, ProcessorTime(() => work(smallSize * Factor)));
            }

            // Work that takes a few milliseconds at the large size cannot fail on timer noise.
            var ratio = large.TotalMilliseconds / Math.Max(small.TotalMilliseconds, 5);
            descriptions[attempt] = $"{name}: size {smallSize} took {small.TotalMilliseconds:F1} ms, size {smallSize * Factor} took {large.TotalMilliseconds:F1} ms of processor time ({ratio:F1}×; linear is {Factor}×, quadratic {Factor * Factor}×)";
            Console.WriteLine(descriptions[attempt]);
            if (ratio < MaximumRatio)
            {
                return;
            }
        }

        Assert.Fail(string.Join(Environment.NewLine, descriptions));
    }

    /// <summary>Processor time of this process, from a collected heap so each run starts alike.</summary>
    private static TimeSpan ProcessorTime(Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        action();
        process.Refresh();
        return process.TotalProcessorTime - before;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
