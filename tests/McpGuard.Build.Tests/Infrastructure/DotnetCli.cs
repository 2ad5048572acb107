using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace McpGuard.Build.Tests.Infrastructure;

/// <summary>Runs the .NET CLI out of process with a clean, reproducible environment and a hard time limit.</summary>
internal static class DotnetCli
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    /// <summary>The dotnet executable the tests run (a full path when the test host is dotnet).</summary>
    public static string DotnetPath => s_dotnetPath.Value;

    /// <summary>The host running the tests is the one to use; otherwise whatever <c>dotnet</c> the PATH finds.</summary>
    private static readonly Lazy<string> s_dotnetPath = new(FindDotnet);

    /// <summary>
    /// Runs <c>dotnet</c> with <paramref name="arguments"/>. <paramref name="environment"/> adds or (with a null value)
    /// removes variables on top of the clean environment. On timeout the whole process tree is killed.
    /// </summary>
    public static async Task<ProcessResult> RunAsync(
        string workingDirectory,
        IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, string?>? environment = null,
        TimeSpan? timeout = null,
        IReadOnlyList<string>? launcher = null)
    {
        // A launcher runs dotnet inside something else, e.g. ["unshare", "-n"]: a network namespace with no network.
        var startInfo = new ProcessStartInfo(launcher is { Count: > 0 } ? launcher[0] : s_dotnetPath.Value)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (launcher is { Count: > 0 })
        {
            foreach (var argument in launcher.Skip(1).Append(s_dotnetPath.Value))
            {
                startInfo.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        PrepareEnvironment(startInfo.Environment, environment);

        var output = new StringBuilder();
        var error = new StringBuilder();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(error, e.Data);

        var stopwatch = Stopwatch.StartNew();
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var limit = timeout ?? DefaultTimeout;
        using var cancellation = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(cancellation.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            var partial = new ProcessResult(workingDirectory, arguments, -1, Snapshot(output), Snapshot(error), stopwatch.Elapsed);
            throw new TimeoutException($"dotnet did not finish within {limit.TotalSeconds:F0} s and was killed.\n{partial.Describe()}");
        }

        return new ProcessResult(workingDirectory, arguments, process.ExitCode, Snapshot(output), Snapshot(error), stopwatch.Elapsed);
    }

    private static void PrepareEnvironment(IDictionary<string, string?> variables, IReadOnlyDictionary<string, string?>? overrides)
    {
        // Variables the test host inherited from the MSBuild that launched it (MSBuildExtensionsPath, MSBUILD_EXE_PATH,
        // MSBuildSDKsPath …) would make the child build use the wrong toolset: drop every MSBuild variable first.
        var inherited = new List<string>();
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            inherited.Add((string)entry.Key);
        }

        foreach (var name in inherited)
        {
            if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || name.StartsWith("_MSBUILD", StringComparison.OrdinalIgnoreCase))
            {
                variables.Remove(name);
            }
        }

        variables["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        variables["DOTNET_NOLOGO"] = "1";
        variables["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        variables["DOTNET_CLI_WORKLOAD_UPDATE_NOTIFY_DISABLE"] = "true";
        variables["DOTNET_CLI_UI_LANGUAGE"] = "en";
        variables["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";

        // No build node and no compiler server outlives a build: task assemblies of one test are never reused by the
        // next, and no background process keeps this process's output pipes open.
        variables["MSBUILDDISABLENODEREUSE"] = "1";
        variables["UseSharedCompilation"] = "false";

        if (overrides is not null)
        {
            foreach (var pair in overrides)
            {
                if (pair.Value is null)
                {
                    variables.Remove(pair.Key);
                }
                else
                {
                    variables[pair.Key] = pair.Value;
                }
            }
        }
    }

    private static void Append(StringBuilder builder, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (builder)
        {
            builder.Append(line).Append('\n');
        }
    }

    private static string Snapshot(StringBuilder builder)
    {
        lock (builder)
        {
            return builder.ToString();
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // It exited on its own in the meantime.
        }
    }

    private static string FindDotnet()
    {
        var processPath = Environment.ProcessPath;
        if (processPath is not null && Path.GetFileNameWithoutExtension(processPath).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return processPath;
        }

        var hostPath = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return !string.IsNullOrEmpty(hostPath) && File.Exists(hostPath) ? hostPath : "dotnet";
    }
}
