using System;
using System.IO;
using System.Linq;
using McpGuard.Core.Tests.Infrastructure;
using McpGuard.Discovery;
using McpGuard.Model;
using McpGuard.Scanning;
using McpGuard.Severity;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Scanning;

/// <summary>
/// The replay cache is a security input: a cache file saying "no findings" switches the check off. Files another user
/// could have planted or edited are never replayed.
/// </summary>
[TestClass]
[OSCondition(OperatingSystems.Linux | OperatingSystems.OSX)] // owners and modes are checked on Linux and macOS only
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class PrivateCacheFolderTests
{
    private const string Secret = "{ \"mcpServers\": { \"gh\": { \"command\": \"npx\", \"args\": [\"-y\", \"@modelcontextprotocol/server-github@1.0.0\"], \"env\": { \"GITHUB_PERSONAL_ACCESS_TOKEN\": \"ghp_R8xK2mQ9vL4nT7wZ3pB6cF1hJ5sD0gY8aE2u\" } } } }";

    [TestMethod]
    public void PlantedEmptyCache_OwnedByUserButWritableByOthers_DoesNotHideTheFinding()
    {
        var root = TestPaths.CreateTemporaryDirectory();
        try
        {
            var (request, folder) = Scenario(root);
            var planted = Plant(request, folder);
            SetMode(planted, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite);

            var result = ScanCache.RunCached(request, folder, new EditorConfigLocator(), out var replayed);

            Assert.IsFalse(replayed, "a world-writable cache file was replayed");
            AssertSecretReported(result);
        }
        finally
        {
            TestPaths.DeleteQuietly(root);
        }
    }

    /// <summary>
    /// The planted file is the current user's; asked as another user (the owner check's input, so no chown and no root
    /// are needed) it is not private, and the same file is private to its owner.
    /// </summary>
    [TestMethod]
    public void PlantedEmptyCache_OwnedByAnotherUser_IsNotTrusted()
    {
        var root = TestPaths.CreateTemporaryDirectory();
        try
        {
            var (request, folder) = Scenario(root);
            var planted = Plant(request, folder);
            var owner = PrivateCacheFolder.CurrentUser;

            Assert.IsTrue(PrivateCacheFolder.IsPrivateFile(planted, owner), "the control: private to its owner");
            Assert.IsFalse(PrivateCacheFolder.IsPrivateFile(planted, owner + 1), "a file another user owns was trusted");
        }
        finally
        {
            TestPaths.DeleteQuietly(root);
        }
    }

    [TestMethod]
    public void PlantedEmptyCache_InAFolderOthersCanWrite_DoesNotHideTheFinding()
    {
        var root = TestPaths.CreateTemporaryDirectory();
        try
        {
            var (request, folder) = Scenario(root);
            Plant(request, folder);
            SetMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute);

            var result = ScanCache.RunCached(request, folder, new EditorConfigLocator(), out var replayed);

            Assert.IsFalse(replayed, "a cache in a world-writable folder was replayed");
            AssertSecretReported(result);
            Assert.HasCount(1, Directory.GetFiles(folder), "nothing is written to a folder others can write");
        }
        finally
        {
            TestPaths.DeleteQuietly(root);
        }
    }

    [TestMethod]
    public void PlantedEmptyCache_PrivateToTheUser_IsReplayed()
    {
        // The control for the three tests above: the same planted file, private, is trusted (so they fail when a check goes).
        var root = TestPaths.CreateTemporaryDirectory();
        try
        {
            var (request, folder) = Scenario(root);
            Plant(request, folder);

            var result = ScanCache.RunCached(request, folder, new EditorConfigLocator(), out var replayed);

            Assert.IsTrue(replayed);
            Assert.IsEmpty(result.Findings);
        }
        finally
        {
            TestPaths.DeleteQuietly(root);
        }
    }

    [TestMethod]
    public void NewFolderAndCacheFile_AreOwnerOnly_AndReplayed()
    {
        var root = TestPaths.CreateTemporaryDirectory();
        try
        {
            var (request, folder) = Scenario(root);
            folder = Path.Combine(folder, "nested");

            ScanCache.RunCached(request, folder, new EditorConfigLocator(), out var first);
            var second = ScanCache.RunCached(request, folder, new EditorConfigLocator(), out var replayed);

            Assert.IsFalse(first);
            Assert.IsTrue(replayed);
            AssertSecretReported(second);
            Assert.AreEqual(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
            Assert.AreEqual(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Directory.GetFiles(folder).Single()));
        }
        finally
        {
            TestPaths.DeleteQuietly(root);
        }
    }

    [TestMethod]
    public void Resolve_DefaultsToTheUsersCacheFolder_NeverTheSharedTemporaryFolder()
    {
        var folder = PrivateCacheFolder.Resolve(null);

        Assert.IsNotNull(folder);
        Assert.IsFalse(folder.StartsWith(Path.GetTempPath(), StringComparison.Ordinal), folder);
        Assert.AreEqual(Path.GetFullPath("/x/y"), PrivateCacheFolder.Resolve(" /x/y "));
    }

    private static (ScanRequest Request, string Folder) Scenario(DirectoryInfo root)
    {
        var config = Path.Combine(root.FullName, ".mcp.json");
        File.WriteAllText(config, Secret);
        var request = new ScanRequest(new[] { new ConfigFile(config, ConfigFormat.ClaudeProject) }, [], SeverityOptions.Default);
        var folder = Path.Combine(root.FullName, "cache");
        Directory.CreateDirectory(folder);
        return (request, folder);
    }

    /// <summary>A cache file with the right name and key that lists no findings: what an attacker would plant.</summary>
    private static string Plant(ScanRequest request, string folder)
    {
        var file = ScanCache.FileFor(request, folder);
        File.WriteAllText(file, "mcpguard-cache-v2 " + ScanCache.ComputeKey(request, new EditorConfigLocator()) + "\n");
        SetMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return file;
    }

    private static void AssertSecretReported(ScanResult result)
    {
        var finding = result.Reported.Single(f => f.RuleId == "MCPG101");
        Assert.AreEqual(1, finding.Line);
        Assert.AreEqual(Secret.IndexOf("\"ghp_", StringComparison.Ordinal) + 1, finding.Column);
        Assert.AreEqual(McpGuard.Rules.RuleSeverity.Error, finding.Severity);
    }

    private static void SetMode(string path, UnixFileMode mode) => File.SetUnixFileMode(path, mode);
}
