using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace McpGuard.Build.Tests.Infrastructure;

/// <summary>
/// A throw-away repository under the run's temporary folder that consumes the packed McpGuard.Build from the local
/// feed, builds with the run's shared <c>NUGET_PACKAGES</c>, and keeps McpGuard's cache inside the temporary folder.
/// </summary>
internal sealed class TestRepository
{
    private TestRepository(string root, PackageFeed package, string cacheDirectory)
    {
        Root = root;
        Package = package;
        CacheDirectory = cacheDirectory;
    }

    public string Root { get; }

    public PackageFeed Package { get; }

    /// <summary>This repository's McpGuardCacheDirectory (never the user's temp cache).</summary>
    public string CacheDirectory { get; }

    /// <summary>The package reference line for a project file.</summary>
    public string PackageReference => $"""<PackageReference Include="McpGuard.Build" Version="{Package.Version}" />""";

    /// <summary>A repository root marked with <c>.git/HEAD</c> and a nuget.config: the local feed, then nuget.org.</summary>
    public static async Task<TestRepository> CreateAsync(string name)
    {
        var package = await E2EEnvironment.GetPackageAsync().ConfigureAwait(false);
        var root = E2EEnvironment.CreateFolder("repos", name);
        var repository = new TestRepository(root, package, Path.Combine(E2EEnvironment.TempRoot, "caches", Path.GetFileName(root)));
        repository.MarkGitRoot(".");
        repository.WriteFile("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="mcpguard-e2e" value="{package.FeedDirectory}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
            </configuration>
            """);
        return repository;
    }

    /// <summary>Makes <paramref name="relativeFolder"/> a git root the way McpGuard detects one (a <c>.git</c> folder with HEAD).</summary>
    public void MarkGitRoot(string relativeFolder) =>
        WriteFile(Path.Combine(relativeFolder, ".git", "HEAD"), "ref: refs/heads/main");

    /// <summary>Writes a file with LF line endings and a final newline, creating its folders.</summary>
    public string WriteFile(string relativePath, string content)
    {
        var path = GetPath(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var text = content.ReplaceLineEndings("\n");
        File.WriteAllText(path, text.EndsWith('\n') ? text : text + "\n");
        return path;
    }

    public string GetPath(string relativePath) => Path.GetFullPath(Path.Combine(Root, relativePath));

    /// <summary>An SDK-style project that references the package.</summary>
    public string WriteProject(string relativePath, string targetFramework = "net10.0", string properties = "", string items = "", string sdk = "Microsoft.NET.Sdk", string? version = null) =>
        WriteFile(relativePath, $"""
            <Project Sdk="{sdk}">
              <PropertyGroup>
                <TargetFramework>{targetFramework}</TargetFramework>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="McpGuard.Build" Version="{version ?? Package.Version}" />
                {items}
              </ItemGroup>
            </Project>
            """);

    /// <summary>Runs any dotnet command in the repository with the run's package folder.</summary>
    public Task<ProcessResult> RunDotnetAsync(params string[] arguments) =>
        DotnetCli.RunAsync(Root, arguments, new Dictionary<string, string?> { ["NUGET_PACKAGES"] = Package.PackagesDirectory });

    /// <summary><c>dotnet build</c> as <see cref="BuildAsync"/>, started through <paramref name="launcher"/> (e.g. <c>unshare -n</c>).</summary>
    public async Task<BuildRun> BuildWithLauncherAsync(IReadOnlyList<string> launcher, params string[] arguments)
    {
        var all = new List<string> { "build" };
        all.AddRange(arguments);
        all.AddRange(new[] { "-nologo", "-tl:off", "-nodeReuse:false", "-p:McpGuardCacheDirectory=" + CacheDirectory });
        var environment = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = Package.PackagesDirectory };
        return new BuildRun(await DotnetCli.RunAsync(Root, all, environment, launcher: launcher).ConfigureAwait(false));
    }

    /// <summary><c>dotnet build</c> with the console logger (no terminal logger), no node reuse and the repository's cache folder.</summary>
    public async Task<BuildRun> BuildAsync(params string[] arguments)
    {
        var all = new List<string> { "build" };
        all.AddRange(arguments);
        all.AddRange(new[] { "-nologo", "-tl:off", "-nodeReuse:false", "-p:McpGuardCacheDirectory=" + CacheDirectory });
        return new BuildRun(await RunDotnetAsync(all.ToArray()).ConfigureAwait(false));
    }

    /// <summary>The replay cache files McpGuard wrote for this repository's builds (not the discovery walk's <c>walk-*.cache</c>).</summary>
    public IReadOnlyList<string> GetCacheFiles() =>
        Directory.Exists(CacheDirectory) ? Directory.GetFiles(CacheDirectory, "scan-*.cache", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal).ToList() : Array.Empty<string>();
}
