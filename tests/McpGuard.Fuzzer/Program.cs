using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;

namespace McpGuard.Fuzzer;

/// <summary>
/// <c>dotnet run -c Release --project tests/McpGuard.Fuzzer -- [-seed 7] [-inputs 1000000] [-max-size 1048576]
/// [-minutes 40] [-findings folder] [seed folders…]</c>. Seed folders default to tests/corpus/files and
/// tests/jsontestsuite/test_parsing. Exit code 0: no finding; 1: findings; 3: a check hung (input written out).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var seed = 7;
        long inputs = 1_000_000;
        var maxSize = 1 << 20;
        var minutes = 0.0;
        string? findings = "fuzz-findings";
        var folders = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "-seed": seed = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "-inputs": inputs = long.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "-max-size": maxSize = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "-minutes": minutes = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "-findings": findings = args[++i]; break;
                case "-replay": return Replay(args[++i]);
                default: folders.Add(args[i]); break;
            }
        }

        if (folders.Count == 0)
        {
            var root = FindRepositoryRoot();
            folders.Add(Path.Combine(root, "tests", "corpus", "files"));
            folders.Add(Path.Combine(root, "tests", "jsontestsuite", "test_parsing"));
        }

        var options = new FuzzOptions
        {
            Seed = seed,
            Inputs = inputs,
            MaxInputSize = maxSize,
            FindingsDirectory = findings,
            Duration = TimeSpan.FromMinutes(minutes),
        };
        var engine = new FuzzEngine(options, SeedCorpus.Load(folders));
        StartWatchdog(engine, findings);
        Console.WriteLine($"McpGuard fuzzer: seed {seed}, {inputs} inputs, inputs up to {maxSize} bytes, seeds from {string.Join(", ", folders)}");
        var report = engine.Run(progress => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {progress.Inputs} inputs, {progress.Findings} findings, {progress.Elapsed.TotalSeconds:F0} s"));
        Console.WriteLine(report);
        return report.Findings == 0 ? 0 : 1;
    }

    /// <summary>Prints what every format reader makes of one saved input (to triage a finding).</summary>
    private static int Replay(string path)
    {
        var input = File.ReadAllBytes(path);
        foreach (var format in McpGuard.Model.ConfigFormat.All)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var findings = ConfigChecker.Check("/fuzz/" + format.Id + ".json", format, input);
            Console.WriteLine($"== {format.Id} ({watch.ElapsedMilliseconds} ms)");
            foreach (var finding in findings)
            {
                Console.WriteLine("  " + finding);
            }
        }

        return 0;
    }

    /// <summary>A check that never returns cannot report itself: a watchdog writes the input out and ends the run.</summary>
    private static void StartWatchdog(FuzzEngine engine, string? findings)
    {
        var thread = new Thread(() =>
        {
            while (true)
            {
                Thread.Sleep(5_000);
                if (engine.StuckInput(TimeSpan.FromSeconds(60)) is { } input)
                {
                    Directory.CreateDirectory(findings ?? ".");
                    File.WriteAllBytes(Path.Combine(findings ?? ".", "hang.input"), input);
                    Console.WriteLine("A check ran for over 60 s: input written to hang.input");
                    Environment.Exit(3);
                }
            }
        })
        { IsBackground = true };
        thread.Start();
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "McpGuard.Build.sln")))
            {
                return directory.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
