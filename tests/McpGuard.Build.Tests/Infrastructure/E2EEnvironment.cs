using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace McpGuard.Build.Tests.Infrastructure;

/// <summary>
/// Run-wide state: the repository under test, one temporary folder for everything the tests write, and the package,
/// packed once per run on first use.
/// </summary>
internal static class E2EEnvironment
{
    /// <summary>Set to 1 to keep the temporary folder (feed, repositories, logs) after the run for inspection.</summary>
    public const string KeepVariable = "MCPGUARD_E2E_KEEP";

    private static readonly Lazy<string> s_repositoryRoot = new(FindRepositoryRoot);
    private static readonly Lazy<string> s_tempRoot = new(CreateTempRoot);
    private static readonly Lazy<Task<PackageFeed>> s_package = new(() => PackAsync("a"), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<Task<PackageFeed>> s_upgrade = new(PackUpgradeAsync, LazyThreadSafetyMode.ExecutionAndPublication);
    private static int s_counter;

    /// <summary>The folder holding McpGuard.Build.sln, found by walking up from the test assembly.</summary>
    public static string RepositoryRoot => s_repositoryRoot.Value;

    public static string TempRoot => s_tempRoot.Value;

    public static bool HasTempRoot => s_tempRoot.IsValueCreated;

    /// <summary>The package of this run; the first caller packs it, later callers share the result (or the failure).</summary>
    public static Task<PackageFeed> GetPackageAsync() => s_package.Value;

    /// <summary>
    /// A second package of the same sources with a later prerelease version in the same feed, as after
    /// <c>dotnet add package McpGuard.Build --prerelease</c>; packed only by the tests that need it.
    /// </summary>
    public static Task<PackageFeed> GetUpgradePackageAsync() => s_upgrade.Value;

    /// <summary>A new empty folder under <see cref="TempRoot"/>, e.g. <c>repos/severity-3</c>.</summary>
    public static string CreateFolder(string category, string name)
    {
        var number = Interlocked.Increment(ref s_counter);
        var path = Path.Combine(TempRoot, category, string.Create(CultureInfo.InvariantCulture, $"{name}-{number}"));
        Directory.CreateDirectory(path);
        return path;
    }

    public static void DeleteTempRoot()
    {
        if (!HasTempRoot || Environment.GetEnvironmentVariable(KeepVariable) == "1")
        {
            return;
        }

        try
        {
            Directory.Delete(TempRoot, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Best effort: the folder is under the temp directory.
        }
    }

    private static string FindRepositoryRoot()
    {
        var recorded = typeof(E2EEnvironment).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "McpGuardRepositoryRoot")?.Value;
        if (recorded is not null && File.Exists(Path.Combine(recorded, "McpGuard.Build.sln")))
        {
            return Path.GetFullPath(recorded);
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "McpGuard.Build.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above '{AppContext.BaseDirectory}' holds McpGuard.Build.sln.");
    }

    private static string CreateTempRoot()
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}")[..24];
        var root = Path.Combine(Path.GetTempPath(), "mcpguard-e2e", name);
        Directory.CreateDirectory(root);

        // Nothing from the folders above the temporary directory may reach the test repositories' builds.
        File.WriteAllText(Path.Combine(root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(root, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(root, "Directory.Packages.props"), "<Project />\n");
        return root;
    }

    private static async Task<PackageFeed> PackUpgradeAsync()
    {
        await GetPackageAsync().ConfigureAwait(false);
        return await PackAsync("b").ConfigureAwait(false);
    }

    /// <summary>Packs <c>0.1.0-e2e.&lt;label&gt;.&lt;time&gt;-&lt;random&gt;</c>; labels sort, so "b" is newer than "a".</summary>
    private static async Task<PackageFeed> PackAsync(string label)
    {
        var version = string.Create(CultureInfo.InvariantCulture, $"0.1.0-e2e.{label}.{DateTime.UtcNow:yyyyMMddHHmmss}-{Guid.NewGuid():N}")[..42];
        var feed = Path.Combine(TempRoot, "feed");
        var packages = Path.Combine(TempRoot, "packages");
        Directory.CreateDirectory(packages);

        // --artifacts-path keeps this pack's bin/obj out of the working tree, so it never races a developer's build of src/.
        var arguments = new List<string>
        {
            "pack", Path.Combine(RepositoryRoot, "nuget", "McpGuard.Build.csproj"),
            "-c", "Release",
            "-o", feed,
            "--artifacts-path", Path.Combine(TempRoot, "artifacts"),
            "-p:McpGuardVersion=" + version,
            "-nologo", "-tl:off", "-nodeReuse:false",
        };
        var result = await DotnetCli.RunAsync(RepositoryRoot, arguments).ConfigureAwait(false);
        var package = Path.Combine(feed, $"McpGuard.Build.{version}.nupkg");
        if (result.ExitCode != 0 || !File.Exists(package))
        {
            throw new InvalidOperationException($"Packing McpGuard.Build failed; no end-to-end test can run.\n{result.Describe()}");
        }

        return new PackageFeed(feed, version, packages);
    }
}
