using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using McpGuard.Core.Tests.Infrastructure;
using McpGuard.Discovery;
using McpGuard.Model;
using McpGuard.Scanning;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Robustness;

/// <summary>
/// File-system faults give a clear MCPG001 or a skip, never an exception or a hang: unreadable files, files deleted
/// after discovery, folders where files are expected, named pipes, symbolic-link loops and links out of the
/// repository, paths longer than the system allows, and names with odd characters. Unix file-system features
/// (named pipes, modes, any byte in a name): this suite runs on Linux.
/// </summary>
[TestClass]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class FileSystemFaultTests
{
    private const string Config = """{ "mcpServers": { "docs": { "command": "npx", "args": ["-y", "docs-mcp"] } } }""";

    private DirectoryInfo _root = null!;

    public TestContext TestContext { get; set; } = null!;

    [TestInitialize]
    public void CreateRoot() => _root = TestPaths.CreateTemporaryDirectory();

    /// <summary>rm -rf: Directory.Delete cannot remove paths longer than PATH_MAX.</summary>
    [TestCleanup]
    public void DeleteRoot()
    {
        using var process = Process.Start(new ProcessStartInfo("rm", new[] { "-rf", _root.FullName }) { UseShellExecute = false })!;
        process.WaitForExit(60_000);
    }

    /// <summary>
    /// chmod 000 blocks reading except for root, which this suite often runs as: then the same check runs on the other
    /// unreadable case a root user meets, a folder where the file is expected.
    /// </summary>
    [TestMethod]
    public void UnreadableFile_Mcpg001AccessDeniedOrFolder()
    {
        var path = Write(".mcp.json", Config);
        File.SetUnixFileMode(path, UnixFileMode.None);
        string expected;
        if (CanRead(path))
        {
            TestContext.WriteLine("Running as root: permissions do not block reads; checking a folder in the file's place instead.");
            File.Delete(path);
            Directory.CreateDirectory(path);
            expected = "it is a folder, not a file";
        }
        else
        {
            expected = "access to the file is denied";
        }

        var finding = ConfigScanner.CheckFile(new ConfigFile(path, ConfigFormat.ClaudeProject), ScanRequest.DefaultMaxFileSize).Findings.Single();

        Assert.AreEqual("MCPG001 (1,1)", $"{finding.RuleId} {finding.Span.Start}");
        Assert.EndsWith(": " + expected, finding.Message);
    }

    [TestMethod]
    public void FolderWhereAFileIsExpected_Mcpg001NamesIt()
    {
        var path = Path.Combine(_root.FullName, ".cursor", "mcp.json");
        Directory.CreateDirectory(path);

        var finding = ConfigScanner.CheckFile(new ConfigFile(path, ConfigFormat.Cursor), ScanRequest.DefaultMaxFileSize).Findings.Single();

        Assert.AreEqual("'mcp.json' cannot be read as Cursor MCP configuration (strict JSON): it is a folder, not a file", finding.Message);
        Assert.IsEmpty(ConfigDiscovery.Discover(_root.FullName), "a folder named like a configuration is not one");
    }

    [TestMethod]
    public void FileDeletedBetweenDiscoveryAndRead_Mcpg001SaysSo()
    {
        Write(".mcp.json", Config);
        var found = ConfigDiscovery.Discover(_root.FullName).Single();
        File.Delete(found.Path);

        var finding = ConfigScanner.CheckFile(found, ScanRequest.DefaultMaxFileSize).Findings.Single();

        Assert.AreEqual("'.mcp.json' cannot be read as Claude Code project servers (strict JSON): the file does not exist (it was moved or deleted after it was found)", finding.Message);
    }

    /// <summary>
    /// Opening a named pipe for reading blocks until a writer comes; it must never be opened. A writer waits on the pipe
    /// with a valid configuration, so a scan that opened it would read that configuration (no MCPG001) rather than hang;
    /// the test then opens the pipe itself to let the writer finish. No clock is involved.
    /// </summary>
    [TestMethod]
    public void NamedPipeWhereAFileIsExpected_Mcpg001WithoutOpeningIt()
    {
        var path = Path.Combine(_root.FullName, ".mcp.json");
        RunShell("mkfifo .mcp.json\n");
        var writer = Task.Run(() => File.WriteAllText(path, Config));

        var findings = ConfigScanner.CheckFile(new ConfigFile(path, ConfigFormat.ClaudeProject), ScanRequest.DefaultMaxFileSize).Findings;

        Assert.AreEqual("MCPG001 (1,1): The file contains no JSON value.", $"{findings.Single().RuleId} {findings.Single().Span.Start}: {findings.Single().Message.Split(": ")[^1]}");
        Assert.IsFalse(writer.IsCompleted, "the scan opened the pipe: the writer found a reader");
        Assert.AreEqual(Config, File.ReadAllText(path));
        writer.GetAwaiter().GetResult();
    }

    [TestMethod]
    public void SymbolicLinkLoopsAndLinksOutOfTheRepository_NeverFollowed()
    {
        var outside = TestPaths.CreateTemporaryDirectory();
        try
        {
            File.WriteAllText(Path.Combine(outside.FullName, ".mcp.json"), Config);
            Directory.CreateDirectory(Path.Combine(outside.FullName, ".cursor"));
            File.WriteAllText(Path.Combine(outside.FullName, ".cursor", "mcp.json"), Config);
            Write("src/.mcp.json", Config);
            Directory.CreateSymbolicLink(Path.Combine(_root.FullName, "loop"), _root.FullName);
            Directory.CreateSymbolicLink(Path.Combine(_root.FullName, "src", "up"), "..");
            Directory.CreateSymbolicLink(Path.Combine(_root.FullName, "a"), Path.Combine(_root.FullName, "b"));
            Directory.CreateSymbolicLink(Path.Combine(_root.FullName, "b"), Path.Combine(_root.FullName, "a"));
            Directory.CreateSymbolicLink(Path.Combine(_root.FullName, "elsewhere"), outside.FullName);
            Directory.CreateDirectory(Path.Combine(_root.FullName, ".cursor"));
            File.CreateSymbolicLink(Path.Combine(_root.FullName, ".cursor", "mcp.json"), Path.Combine(outside.FullName, ".cursor", "mcp.json"));
            File.CreateSymbolicLink(Path.Combine(_root.FullName, ".mcp.json"), Path.Combine(outside.FullName, ".mcp.json"));

            var found = ConfigDiscovery.Discover(_root.FullName).Select(f => Path.GetRelativePath(_root.FullName, f.Path)).ToList();

            CollectionAssert.AreEqual(new[] { "src/.mcp.json" }, found);
        }
        finally
        {
            TestPaths.DeleteQuietly(outside);
        }
    }

    /// <summary>A folder chain longer than PATH_MAX (4096 on Linux): the reachable file is found, the rest is skipped.</summary>
    [TestMethod]
    public void PathsLongerThanTheSystemAllows_SkippedByDiscovery_Mcpg001WhenNamed()
    {
        var segment = new string('d', 200);
        var script = new StringBuilder("set -e\n");
        for (var i = 0; i < 25; i++)
        {
            script.Append($"mkdir {segment} && cd {segment}\n");
            if (i == 5)
            {
                script.Append("mkdir .cursor && printf '%s' '" + Config + "' > .cursor/mcp.json\n");
            }
        }

        script.Append("printf '%s' '" + Config + "' > .mcp.json\n");
        RunShell(script.ToString());
        var shallow = Path.Combine(_root.FullName, string.Join("/", Enumerable.Repeat(segment, 6)), ".cursor", "mcp.json");
        var deep = Path.Combine(_root.FullName, string.Join("/", Enumerable.Repeat(segment, 25)), ".mcp.json");
        Assert.IsGreaterThan(4096, deep.Length);

        var found = ConfigDiscovery.Discover(_root.FullName);
        CollectionAssert.AreEqual(new[] { shallow }, found.Select(f => f.Path).ToList());
        Assert.AreEqual("MCPG201", ConfigScanner.CheckFile(found[0], ScanRequest.DefaultMaxFileSize).Findings.Single().RuleId);

        var finding = ConfigScanner.CheckFile(new ConfigFile(deep, ConfigFormat.ClaudeProject), ScanRequest.DefaultMaxFileSize).Findings.Single();
        Assert.AreEqual("MCPG001 (1,1)", $"{finding.RuleId} {finding.Span.Start}");
        Assert.EndsWith(": the file could not be read (PathTooLongException)", finding.Message);
    }

    [TestMethod]
    public void OddCharactersInNames_FoundAndRead()
    {
        var folders = new[] { "with space", "ünïcødé-名前", "semi;colon", "pipe|and>angle", "per%41cent", "dollar$(x)@y", "quote'\"", "new\nline", "star*?", "-leading-dash", "emoji-\U0001F600" };
        foreach (var folder in folders)
        {
            Write(Path.Combine(folder, ".mcp.json"), Config);
        }

        var found = ConfigDiscovery.Discover(_root.FullName);

        CollectionAssert.AreEquivalent(folders, found.Select(f => Path.GetFileName(Path.GetDirectoryName(f.Path))).ToList());
        foreach (var config in found)
        {
            Assert.AreEqual("MCPG201 (1,62)", string.Join(", ", ConfigScanner.CheckFile(config, ScanRequest.DefaultMaxFileSize).Findings.Select(f => $"{f.RuleId} {f.Span.Start}")), config.Path);
        }
    }

    private static bool CanRead(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>bash, not sh: dash cannot cd into a folder whose path exceeds PATH_MAX.</summary>
    private void RunShell(string script)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = _root.FullName, RedirectStandardInput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        process.StandardInput.Write(script);
        process.StandardInput.Close();
        Assert.IsTrue(process.WaitForExit(30_000), "shell timed out");
        Assert.AreEqual(0, process.ExitCode, process.StandardError.ReadToEnd());
    }

    private string Write(string relativePath, string content)
    {
        var path = Path.Combine(_root.FullName, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }
}
