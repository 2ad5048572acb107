using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using McpGuard.Build.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Build.Tests;

/// <summary>
/// One build of a repository full of hostile files and file-system faults: odd characters in folder names (MSBuild
/// escaping, the task's config list), symbolic-link loops and links out of the repository, a named pipe where a
/// configuration is expected, a folder longer than PATH_MAX, a file over the size limit, 100 000 nested arrays, UTF-16
/// without BOM, invalid UTF-8. Each is a located finding or a skip; the build machinery never fails (no MSB4018, no
/// AD0001, no stack trace) and nothing outside the repository is read.
/// </summary>
[TestClass]
[DoNotParallelize]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class HostileRepositoryTests
{
    private const string Config = """{ "mcpServers": { "docs": { "command": "npx", "args": ["-y", "docs-mcp"] } } }""";

    private static readonly string[] s_oddFolders = { "semi;colon", "per%41cent", "pipe|and>angle", "with space", "ünïcødé", "dollar$(x)@y", "quote'", "star*?" };

    private static TestRepository? s_repository;
    private static BuildRun? s_build;
    private static string? s_outside;

    private static TestRepository Repository => s_repository ?? throw new InvalidOperationException("ClassInitialize did not run.");

    private static BuildRun Build => s_build ?? throw new InvalidOperationException("ClassInitialize did not run.");

    [ClassInitialize]
    public static async Task BuildOnceAsync(TestContext context)
    {
        var repository = await TestRepository.CreateAsync("hostile");
        s_repository = repository;
        repository.WriteProject("src/App/App.csproj");
        repository.WriteFile(".mcp.json", Config);
        foreach (var folder in s_oddFolders)
        {
            repository.WriteFile($"odd/{folder}/.mcp.json", Config);
        }

        // Outside the repository: a committed token that must never be read through a link.
        s_outside = E2EEnvironment.CreateFolder("outside", "hostile");
        File.WriteAllText(Path.Combine(s_outside, ".mcp.json"), """{ "mcpServers": { "x": { "command": "node", "env": { "GITHUB_TOKEN": "ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d" } } } }""");
        Directory.CreateSymbolicLink(repository.GetPath("loop"), repository.Root);
        Directory.CreateSymbolicLink(repository.GetPath("elsewhere"), s_outside);
        Directory.CreateDirectory(repository.GetPath(".cursor"));
        File.CreateSymbolicLink(repository.GetPath(".cursor/mcp.json"), Path.Combine(s_outside, ".mcp.json"));

        // A folder where a file is expected (not a configuration), and a named pipe where one is (must not block).
        Directory.CreateDirectory(repository.GetPath(".vscode/mcp.json"));
        Directory.CreateDirectory(repository.GetPath(".claude"));
        Shell(repository.Root, "mkfifo .claude/settings.json");

        // Deeper than PATH_MAX: skipped by discovery.
        var segment = new string('d', 200);
        Shell(repository.Root, "mkdir deep && cd deep && " + string.Concat(Enumerable.Repeat($"mkdir {segment} && cd {segment} && ", 25)) + $"printf '%s' '{Config}' > .mcp.json");

        repository.WriteFile("big/.mcp.json", Config + new string(' ', 5 * 1024 * 1024));
        repository.WriteFile("nested/.mcp.json", new string('[', 100_000));
        Directory.CreateDirectory(repository.GetPath("utf16"));
        File.WriteAllBytes(repository.GetPath("utf16/.mcp.json"), Encoding.Unicode.GetBytes(Config));
        Directory.CreateDirectory(repository.GetPath("bad-utf8"));
        var invalid = Encoding.UTF8.GetBytes(Config);
        invalid[Config.IndexOf('o', StringComparison.Ordinal)] = 0xFF; // in the server name "docs", which starts at column 19
        File.WriteAllBytes(repository.GetPath("bad-utf8/.mcp.json"), invalid);

        s_build = await repository.BuildAsync("src/App/App.csproj");
    }

    [ClassCleanup]
    public static void DeleteDeepFolder()
    {
        // Directory.Delete cannot remove a path longer than PATH_MAX; rm can.
        if (s_repository is not null)
        {
            Shell(s_repository.Root, "rm -rf deep");
        }
    }

    [TestMethod]
    public void Build_HostileRepository_EveryFileALocatedFindingOrASkip()
    {
        var expected = s_oddFolders.Select(f => ExpectedFinding.Warning("MCPG201", $"odd/{f}/.mcp.json", 1, 62, 72))
            .Append(ExpectedFinding.Warning("MCPG201", ".mcp.json", 1, 62, 72))
            .Append(ExpectedFinding.Warning("MCPG201", "utf16/.mcp.json", 1, 62, 72))
            .Append(ExpectedFinding.Error("MCPG001", ".claude/settings.json", 1, 1, 1))
            .Append(ExpectedFinding.Error("MCPG001", "big/.mcp.json", 1, 1, 1))
            .Append(ExpectedFinding.Error("MCPG001", "nested/.mcp.json", 1, 65, 65))
            .Append(ExpectedFinding.Error("MCPG001", "bad-utf8/.mcp.json", 1, 19, 19))
            .ToArray();

        FindingAssert.AreExactly(Build, Repository.Root, expected);
        FindingAssert.Failed(Build);
    }

    [TestMethod]
    public void Build_HostileRepository_MessagesSayWhatIsWrong()
    {
        StringAssert.EndsWith(FindingAssert.Single(Build, Repository.Root, ".claude/settings.json", "MCPG001").Message, "The file contains no JSON value. (https://github.com/mcpguard/McpGuard.Build/blob/main/docs/rules/MCPG001.md)");
        StringAssert.Contains(FindingAssert.Single(Build, Repository.Root, "big/.mcp.json", "MCPG001").Message, "larger than the 4194304-byte limit (McpGuardMaxConfigSize)");
        StringAssert.Contains(FindingAssert.Single(Build, Repository.Root, "nested/.mcp.json", "MCPG001").Message, "maximum configured depth of 64");
    }

    [TestMethod]
    public void Build_HostileRepository_NoCrashNoHostDiagnosticsNothingFromOutside()
    {
        var output = Build.Process.AllOutput;
        foreach (var code in new[] { "MSB4018", "MSB4062", "MSB4181", "AD0001", "MSB3073" })
        {
            Assert.DoesNotContain(code, output, Build.Describe());
        }

        Assert.IsFalse(Regex.IsMatch(output, @"^\s+at [\w.`<>\[\]]+\(.*\)", RegexOptions.Multiline), $"stack trace\n\n{Build.Describe()}");
        Assert.DoesNotContain("u8jzPde0", output, Build.Describe());
        Assert.DoesNotContain(s_outside!, output, Build.Describe());
        Assert.IsTrue(Build.Log.Diagnostics.All(d => d.Code.StartsWith("MCPG", StringComparison.Ordinal)), Build.Describe());
    }

    private static void Shell(string directory, string command)
    {
        using var process = Process.Start(new ProcessStartInfo("bash", new[] { "-c", command }) { WorkingDirectory = directory, UseShellExecute = false, RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.AreEqual(0, process.ExitCode, error);
    }
}
