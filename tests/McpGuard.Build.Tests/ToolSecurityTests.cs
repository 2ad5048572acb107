using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using McpGuard.Build.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Build.Tests;

/// <summary>
/// McpGuard never executes, downloads or contacts anything a configuration names. One build runs with no network at all
/// (a new network namespace: <c>unshare -n</c>, restoring from the local feed prepared before); another runs with a
/// listener on the port the configuration names and programs that would leave marker files if anything started them.
/// </summary>
[TestClass]
[DoNotParallelize]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ToolSecurityTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Build_WithNoNetworkAtAll_RestoresFromTheLocalFeedAndReports()
    {
        var probe = await RunAsync("unshare", "-n", "true");
        Assert.AreEqual(0, probe, "'unshare -n true' must work on this machine (root, util-linux) for this test to prove anything");
        var repository = await CreateRepositoryAsync("no-network", port: 9);

        // Only the local feed: with no network, a source on the internet could only fail.
        repository.WriteFile("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="mcpguard-e2e" value="{repository.Package.FeedDirectory}" />
              </packageSources>
            </configuration>
            """);
        var build = await repository.BuildWithLauncherAsync(new[] { "unshare", "-n" }, "src/App/App.csproj");

        FindingAssert.AreExactly(
            build,
            repository.Root,
            ExpectedFinding.Warning("MCPG201", ".mcp.json", 5, 51, 72),
            ExpectedFinding.Warning("MCPG401", ".mcp.json", 8, 42, 75));
        FindingAssert.ExitCodeIs(build, 0);
        AssertNothingRan(repository, build);
    }

    [TestMethod]
    public async Task Build_ConfigNamingALiveServerAndPrograms_NothingContactedNothingRun()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var connections = 0;
        using var stop = new CancellationTokenSource();
        var accepting = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var client = await listener.AcceptTcpClientAsync(stop.Token);
                Interlocked.Increment(ref connections);
            }
        });
        var repository = await CreateRepositoryAsync("no-contact", port);

        var build = await repository.BuildAsync("src/App/App.csproj");

        await stop.CancelAsync();
        FindingAssert.AreExactly(
            build,
            repository.Root,
            ExpectedFinding.Warning("MCPG201", ".mcp.json", 5, 51, 72),
            ExpectedFinding.Warning("MCPG401", ".mcp.json", 8, 42, 75));
        Assert.AreEqual(0, connections, "connections to the server the configuration names");
        AssertNothingRan(repository, build);
    }

    /// <summary>
    /// A configuration whose servers would, if started, leave marker files: a script in the repository, a shell
    /// command, an npx package, servers on <paramref name="port"/> of this machine (loopback: no MCPG401), and a remote
    /// server without TLS (MCPG401: the rules ran).
    /// </summary>
    private static async Task<TestRepository> CreateRepositoryAsync(string name, int port)
    {
        var repository = await TestRepository.CreateAsync(name);
        var script = repository.WriteFile("tools/run-me.sh", "#!/bin/sh\ntouch \"$1\"\n");
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        repository.WriteFile(".mcp.json", $$"""
            {
              "mcpServers": {
                "local-tool": { "command": "{{script}}", "args": ["{{repository.GetPath("ran-script")}}"] },
                "shell": { "command": "bash", "args": ["-c", "touch {{repository.GetPath("ran-shell")}}"] },
                "package": { "command": "npx", "args": ["-y", "@example/mcp-server"] },
                "live": { "type": "sse", "url": "https://127.0.0.1:{{port}}/sse" },
                "remote": { "type": "http", "url": "http://127.0.0.1:{{port}}/mcp" },
                "intranet": { "type": "http", "url": "http://mcp.intranet.example/mcp" }
              }
            }
            """);
        repository.WriteProject("src/App/App.csproj");
        return repository;
    }

    private static void AssertNothingRan(TestRepository repository, BuildRun build)
    {
        Assert.IsFalse(File.Exists(repository.GetPath("ran-script")), $"the configured script ran\n\n{build.Describe()}");
        Assert.IsFalse(File.Exists(repository.GetPath("ran-shell")), $"the configured shell command ran\n\n{build.Describe()}");
    }

    private static async Task<int> RunAsync(string fileName, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(fileName, arguments) { UseShellExecute = false })!;
        await process.WaitForExitAsync();
        return process.ExitCode;
    }
}
