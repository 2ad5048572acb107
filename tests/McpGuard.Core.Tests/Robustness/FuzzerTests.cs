using System;
using System.IO;
using McpGuard.Fuzzer;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Robustness;

/// <summary>
/// The mutation fuzzer's CI budget: a fixed seed, so every run checks the same 20 000 inputs (each with every format
/// reader). Longer local runs and their results are in docs/robustness.md.
/// </summary>
[TestClass]
public sealed class FuzzerTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void Fuzzer_FixedSeedBudget_FindsNothing()
    {
        var seeds = SeedCorpus.Load(new[]
        {
            Path.Combine(AppContext.BaseDirectory, "corpus", "files"),
            Path.Combine(AppContext.BaseDirectory, "jsontestsuite", "test_parsing"),
        });
        var options = new FuzzOptions { Seed = 7, Inputs = 20_000, MaxInputSize = 16 * 1024, TimeBound = TimeSpan.FromSeconds(5) };

        var report = new FuzzEngine(options, seeds).Run();

        TestContext.WriteLine(report.ToString());
        Assert.AreEqual(20_000, report.Inputs);
        Assert.IsGreaterThanOrEqualTo(400, seeds.Count, "seeds: the corpus and the JSONTestSuite files");
        Assert.AreEqual(0, report.Findings, report.ToString());
    }
}
