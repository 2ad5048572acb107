using System.IO;
using System.Linq;
using McpGuard.Core.Tests.Infrastructure;
using McpGuard.Discovery;
using McpGuard.Scanning;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Discovery;

/// <summary>
/// The walk's result kept beside the replay cache: reused while no folder changed, walked again when a file is added,
/// removed or renamed anywhere the walk looked, or when a file it read to decide changes; never read from a file
/// another user could have written.
/// </summary>
[TestClass]
public sealed class DiscoveryCacheTests
{
    private DirectoryInfo _root = null!;
    private string _cache = null!;

    [TestInitialize]
    public void CreateRepository()
    {
        _root = TestPaths.CreateTemporaryDirectory();
        _cache = Path.Combine(TestPaths.CreateTemporaryDirectory().FullName, "cache");
        Write(".mcp.json", "{}");
        Write("src/deep/er/tree/.vscode/mcp.json", "{}");
        Write("src/other/File.cs", string.Empty);
        Write("node_modules/pkg/.mcp.json", "{}");
    }

    [TestCleanup]
    public void Delete()
    {
        TestPaths.DeleteQuietly(_root);
        TestPaths.DeleteQuietly(new DirectoryInfo(Path.GetDirectoryName(_cache)!));
    }

    [TestMethod]
    public void Discover_NothingChanged_ReusesTheWalk_WithTheSameFiles()
    {
        var first = Found(out var firstReused);
        var second = Found(out var secondReused);

        Assert.IsFalse(firstReused);
        Assert.IsTrue(secondReused);
        CollectionAssert.AreEqual(new[] { ".mcp.json claude", "src/deep/er/tree/.vscode/mcp.json vscode" }, first);
        CollectionAssert.AreEqual(first, second);
        CollectionAssert.AreEqual(Relative(ConfigDiscovery.Discover(_root.FullName)), second);
    }

    [TestMethod]
    public void Discover_ConfigAddedDeepInTheTree_WalksAgainAndFindsIt()
    {
        Found(out _);
        Write("src/deep/er/tree/.cursor/mcp.json", "{}");

        var found = Found(out var reused);

        Assert.IsFalse(reused);
        CollectionAssert.Contains(found, "src/deep/er/tree/.cursor/mcp.json cursor");
    }

    /// <summary>A tree of more than 256 folders has its stamps checked across the cores: a change in any one folder is still seen.</summary>
    [TestMethod]
    public void Discover_LargeTree_ReusedUnchanged_WalksAgainAfterAChangeInOneFolder()
    {
        for (var folder = 0; folder < 300; folder++)
        {
            Write($"src/area{folder % 7}/module{folder}/File.cs", string.Empty);
        }

        Found(out _);
        var unchanged = Found(out var reusedUnchanged);
        Write("src/area3/module150/.mcp.json", "{}");

        var found = Found(out var reusedAfterChange);

        Assert.IsTrue(reusedUnchanged);
        CollectionAssert.AreEqual(new[] { ".mcp.json claude", "src/deep/er/tree/.vscode/mcp.json vscode" }, unchanged);
        Assert.IsFalse(reusedAfterChange);
        CollectionAssert.Contains(found, "src/area3/module150/.mcp.json claude");
    }

    [TestMethod]
    public void Discover_ConfigRemovedOrRenamed_WalksAgain()
    {
        Found(out _);
        File.Move(Path.Combine(_root.FullName, "src/deep/er/tree/.vscode/mcp.json"), Path.Combine(_root.FullName, "src/deep/er/tree/.vscode/mcp.json.off"));

        var found = Found(out var reused);

        Assert.IsFalse(reused);
        CollectionAssert.AreEqual(new[] { ".mcp.json claude" }, found);
    }

    /// <summary>A generically named file counts only when it names the client's key: a change of its text is a change.</summary>
    [TestMethod]
    public void Discover_GenericallyNamedFileEdited_WalksAgain()
    {
        Write(".vscode/settings.json", """{ "editor.tabSize": 2 }""");
        Assert.IsFalse(Found(out _).Any(f => f.StartsWith(".vscode/settings.json", System.StringComparison.Ordinal)));

        Write(".vscode/settings.json", """{ "mcp": { "servers": {} } }""");
        var found = Found(out var reused);

        Assert.IsFalse(reused);
        CollectionAssert.Contains(found, ".vscode/settings.json vscode-settings");
    }

    [TestMethod]
    public void Discover_RootGitIgnoreChanged_WalksAgain()
    {
        Write(".gitignore", "src/\n");
        CollectionAssert.AreEqual(new[] { ".mcp.json claude" }, Found(out _));

        Write(".gitignore", "dist/\n");
        var found = Found(out var reused);

        Assert.IsFalse(reused);
        CollectionAssert.Contains(found, "src/deep/er/tree/.vscode/mcp.json vscode");
    }

    /// <summary>A walk file another user could have written (here: writable by the group) is never trusted.</summary>
    [TestMethod]
    [OSCondition(ConditionMode.Exclude, OperatingSystems.Windows)]
    public void Discover_WalkFileWritableByOthers_IsNotReused()
    {
        Found(out _);
        var walkFile = Directory.GetFiles(_cache, "walk-*.cache").Single();
        if (!System.OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(walkFile, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupWrite);
        }

        Found(out var reused);

        Assert.IsFalse(reused);
    }

    /// <summary>A planted walk that lists no files must not hide the repository's configuration.</summary>
    [TestMethod]
    public void Discover_DamagedWalkFile_WalksAgain()
    {
        Found(out _);
        var walkFile = Directory.GetFiles(_cache, "walk-*.cache").Single();
        File.WriteAllLines(walkFile, File.ReadAllLines(walkFile).Where(line => !line.StartsWith("f ", System.StringComparison.Ordinal)).Append("x nonsense"));

        var found = Found(out var reused);

        Assert.IsFalse(reused);
        Assert.HasCount(2, found);
    }

    private string[] Found(out bool reused) => Relative(DiscoveryCache.Discover(_root.FullName, _cache, out reused));

    private string[] Relative(System.Collections.Generic.IEnumerable<ConfigFile> files) =>
        files.Select(f => Path.GetRelativePath(_root.FullName, f.Path).Replace('\\', '/') + " " + f.Format.Id).ToArray();

    private void Write(string relativePath, string content)
    {
        var path = Path.Combine(_root.FullName, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
