using System;

namespace McpGuard.Fuzzer;

/// <summary>One fuzzing run: a fixed seed makes it reproducible input for input.</summary>
public sealed class FuzzOptions
{
    public int Seed { get; init; } = 7;

    /// <summary>Mutated inputs to run (each through every format reader).</summary>
    public long Inputs { get; init; } = 20_000;

    /// <summary>Largest input a mutation may produce; larger results are discarded.</summary>
    public int MaxInputSize { get; init; } = 256 * 1024;

    /// <summary>A single check taking longer is a finding (generous: the machine is shared, GC pauses happen).</summary>
    public TimeSpan TimeBound { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Bytes allocated by one check beyond this multiple of the input size (plus 32 MB) are a finding.</summary>
    public int AllocationFactor { get; init; } = 64;

    /// <summary>Where inputs that produced a finding are written; null: not written.</summary>
    public string? FindingsDirectory { get; init; }

    /// <summary>Stop after this long even if fewer inputs ran (0: no limit).</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.Zero;
}
