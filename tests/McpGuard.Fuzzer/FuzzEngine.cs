using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using McpGuard.Model;
using McpGuard.Rules;

namespace McpGuard.Fuzzer;

/// <summary>
/// The fuzzing loop: each seed once as it is, then mutated inputs, each checked with every reader (one format per
/// dialect) and one more format in turn, so every format of <see cref="ConfigFormat.All"/> is exercised. Oracles:
/// no exception escapes <see cref="ConfigChecker.Check(string, ConfigFormat, byte[])"/>, each check finishes within the
/// time bound and a bounded allocation, every finding is located inside the input, and no message holds a credential
/// fixture.
/// </summary>
public sealed class FuzzEngine
{
    private static readonly Dictionary<string, string> s_paths = new(StringComparer.Ordinal)
    {
        ["claude"] = "/fuzz/repo/.mcp.json",
        ["claude-settings"] = "/fuzz/repo/.claude/settings.json",
        ["claude-user"] = "/fuzz/home/.claude.json",
        ["vscode"] = "/fuzz/repo/.vscode/mcp.json",
        ["cursor"] = "/fuzz/repo/.cursor/mcp.json",
    };

    /// <summary>Every internal-error MCPG001 says this (ConfigChecker.Failure).</summary>
    private const string InternalErrorMarker = "This is a bug in McpGuard";

    private readonly FuzzOptions _options;
    private readonly IReadOnlyList<byte[]> _seeds;

    /// <summary>Seeds that declare servers: picked more often, so mutations reach the rules and not only the reader.</summary>
    private readonly List<byte[]> _shaped;
    private readonly ConfigFormat[] _formats = ConfigFormat.All.OrderBy(f => f.Id, StringComparer.Ordinal).ToArray();

    /// <summary>One format per reader dialect (strict JSON, comments, JSONC, TOML, YAML): every input goes through every reader.</summary>
    private readonly ConfigFormat[] _readers = ConfigFormat.All.OrderBy(f => f.Id, StringComparer.Ordinal).GroupBy(f => f.Dialect).Select(g => g.First()).ToArray();
    private long _checkStartTicks;
    private byte[] _current = Array.Empty<byte>();

    public FuzzEngine(FuzzOptions options, IReadOnlyList<byte[]> seeds)
    {
        _options = options;
        _seeds = seeds;
        _shaped = seeds.Where(IsServerConfig).ToList();
    }

    /// <summary>The check in progress for longer than <paramref name="limit"/>, if any (for a watchdog thread).</summary>
    public byte[]? StuckInput(TimeSpan limit)
    {
        var start = Interlocked.Read(ref _checkStartTicks);
        return start != 0 && Stopwatch.GetTimestamp() - start > limit.TotalSeconds * Stopwatch.Frequency ? _current : null;
    }

    public FuzzReport Run(Action<FuzzReport>? progress = null)
    {
        var random = new Random(_options.Seed);
        var mutator = new Mutator(random, _seeds, _options.MaxInputSize);
        var report = new FuzzReport();
        var total = Stopwatch.StartNew();
        var applied = new List<string>();
        for (long i = 0; i < _options.Inputs; i++)
        {
            if (_options.Duration > TimeSpan.Zero && total.Elapsed > _options.Duration)
            {
                break;
            }

            applied.Clear();
            var seed = i < _seeds.Count ? _seeds[(int)i]
                : _shaped.Count > 0 && random.Next(5) < 3 ? _shaped[random.Next(_shaped.Count)]
                : _seeds[random.Next(_seeds.Count)];
            var input = i < _seeds.Count ? seed : mutator.Mutate(seed, applied);
            RunInput(input, string.Join("+", applied), report);
            if (progress is not null && (i + 1) % 10_000 == 0)
            {
                report.Elapsed = total.Elapsed;
                report.MutationCounts = mutator.Counts;
                progress(report);
            }
        }

        report.Elapsed = total.Elapsed;
        report.MutationCounts = mutator.Counts;
        return report;
    }

    private void RunInput(byte[] input, string mutations, FuzzReport report)
    {
        report.Inputs++;
        report.LargestInput = Math.Max(report.LargestInput, input.Length);
        _current = input;

        // Every reader, plus one more format in turn: each input meets every parser, and the formats' own layouts and
        // rules take turns, which keeps a check of all 19 formats per input from quadrupling the cost of a run.
        var rotating = _formats[(int)(report.Inputs % _formats.Length)];
        foreach (var format in _readers.Contains(rotating) ? _readers : _readers.Append(rotating))
        {
            report.Checks++;
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            Interlocked.Exchange(ref _checkStartTicks, Stopwatch.GetTimestamp());
            IReadOnlyList<Finding> findings;
            try
            {
                // A fresh copy: the engine must not depend on (or alter) the caller's buffer.
                findings = ConfigChecker.Check(s_paths.TryGetValue(format.Id, out var path) ? path : $"/fuzz/repo/{format.Id}.config", format, (byte[])input.Clone());
            }
            catch (Exception exception)
            {
                var frame = new StackTrace(exception).GetFrame(0)?.GetMethod();
                Record(report, new FuzzFinding("exception", format.Id, $"{exception.GetType().FullName} at {frame?.DeclaringType?.Name}.{frame?.Name}", input, mutations));
                continue;
            }
            finally
            {
                Interlocked.Exchange(ref _checkStartTicks, 0);
                watch.Stop();
            }

            if (watch.Elapsed > report.SlowestCheck)
            {
                report.SlowestCheck = watch.Elapsed;
                report.SlowestCheckInputSize = input.Length;
            }

            if (watch.Elapsed > _options.TimeBound)
            {
                Record(report, new FuzzFinding("slow", format.Id, $"{watch.Elapsed.TotalMilliseconds:F0} ms", input, mutations));
            }

            var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            if (allocated > ((long)input.Length * _options.AllocationFactor) + (32L << 20))
            {
                Record(report, new FuzzFinding("memory", format.Id, $"{allocated >> 20} MB allocated", input, mutations));
            }

            Inspect(findings, input, format, mutations, report);
        }
    }

    private void Inspect(IReadOnlyList<Finding> findings, byte[] input, ConfigFormat format, string mutations, FuzzReport report)
    {
        var mcp001 = false;
        foreach (var finding in findings)
        {
            mcp001 |= finding.RuleId == "MCPG001";
            var span = finding.Span;
            if (span.Start.Offset < 0 || span.End.Offset < span.Start.Offset || span.End.Offset > input.Length
                || span.Start.Line < 0 || span.Start.Column < 0 || span.End.Line < span.Start.Line)
            {
                Record(report, new FuzzFinding("bad-span", format.Id, $"{finding.RuleId} at {span.Start}-{span.End}", input, mutations));
            }

            if (CredentialFixtures.FindLeak(finding.RuleId, finding.Message) is { } fixture)
            {
                Record(report, new FuzzFinding("leak", format.Id, $"{finding.RuleId} message holds fixture '{fixture}'", input, mutations));
            }

            if (finding.Message.Contains(InternalErrorMarker, StringComparison.Ordinal))
            {
                // ConfigChecker's own boundary caught an exception: as much a finding as one that escaped.
                var start = finding.Message.IndexOf(" failed with ", StringComparison.Ordinal);
                Record(report, new FuzzFinding("internal-error", format.Id, finding.Message.Substring(start < 0 ? 0 : start), input, mutations));
            }
        }

        if (mcp001)
        {
            report.Mcpg001++;
        }
        else
        {
            report.ParsedCleanly++;
        }
    }

    private static bool IsServerConfig(byte[] seed)
    {
        var text = System.Text.Encoding.UTF8.GetString(seed);
        return text.Contains("\"mcpServers\"", StringComparison.Ordinal) || text.Contains("\"servers\"", StringComparison.Ordinal);
    }

    private void Record(FuzzReport report, FuzzFinding finding)
    {
        report.Findings++;
        if (report.Distinct.ContainsKey(finding.Signature))
        {
            return;
        }

        report.Distinct[finding.Signature] = finding;
        if (_options.FindingsDirectory is { } folder)
        {
            Directory.CreateDirectory(folder);
            var name = $"{report.Distinct.Count:D3}-{finding.Kind}-{finding.Format}";
            File.WriteAllBytes(Path.Combine(folder, name + ".input"), finding.Input);
            File.WriteAllText(Path.Combine(folder, name + ".txt"), $"{finding.Signature}\nmutations: {finding.Mutations}\n");
        }
    }
}
