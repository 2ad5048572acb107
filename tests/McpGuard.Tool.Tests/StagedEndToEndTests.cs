using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Tool.Tests;

/// <summary>
/// <c>mcpguard --staged</c> as a hook runs it: the built tool (<c>dotnet mcpguard.dll</c>) in a real temporary git
/// repository, judged on the staged content, never the working tree's.
/// </summary>
[TestClass]
public sealed class StagedEndToEndTests
{
    private const string TokenLine = ".mcp.json(7,41): error MCPG101: Server 'github' holds a literal GitHub personal access token (ghp_…[40 chars]) at 'mcpServers.github.env.GITHUB_PERSONAL_ACCESS_TOKEN'; ";

    [TestMethod]
    public void StagedToken_FailsTheHook_EvenWhenTheWorkingTreeIsClean()
    {
        using var repository = GitRepository();
        repository.Write(".mcp.json", Fixtures.McpJsonWithToken(Fixtures.Token));
        Git(repository.Root, "add", ".mcp.json");
        repository.Write(".mcp.json", Fixtures.CleanMcpJson);

        var result = Tool(repository.Root, "--staged");

        Assert.AreEqual(1, result.ExitCode, result.Output + result.Errors);
        StringAssert.StartsWith(McpGuardCommandTests.Lines(result.Output).Single(), TokenLine);
        McpGuardCommandTests.AssertNeverPrinted(Fixtures.Token, result.Output, result.Errors);
    }

    [TestMethod]
    public void UnstagedToken_DoesNotFailTheHook()
    {
        using var repository = GitRepository();
        repository.Write(".mcp.json", Fixtures.CleanMcpJson);
        Git(repository.Root, "add", ".mcp.json");
        repository.Write(".mcp.json", Fixtures.McpJsonWithToken(Fixtures.Token));

        var result = Tool(repository.Root, "--staged");

        Assert.AreEqual(0, result.ExitCode, result.Output + result.Errors);
        Assert.AreEqual(string.Empty, result.Output);
        McpGuardCommandTests.AssertNeverPrinted(Fixtures.Token, result.Output, result.Errors);

        // The same working tree, checked as a repository, does have the token: only the index was clean.
        var whole = Tool(repository.Root);
        Assert.AreEqual(1, whole.ExitCode);
        McpGuardCommandTests.AssertNeverPrinted(Fixtures.Token, whole.Output, whole.Errors);
    }

    [TestMethod]
    public void StagedEditorConfig_AndOnlyStagedConfigurations_AreWhatCounts()
    {
        using var repository = GitRepository();

        // Committed earlier with a token, and not staged now: not this commit's business.
        repository.Write("old/.mcp.json", Fixtures.McpJsonWithToken(Fixtures.Token));
        Git(repository.Root, "add", ".");
        Git(repository.Root, "commit", "-q", "-m", "old");

        // The staged .editorconfig turns MCPG201 into an error; the working tree's copy says nothing.
        repository.Write(".editorconfig", "root = true\n[*.json]\ndotnet_diagnostic.MCPG201.severity = error\n");
        repository.Write(".vscode/mcp.json", "{ \"servers\": { \"x\": { \"command\": \"npx\", \"args\": [\"-y\", \"left-pad-mcp\"] } } }\n");
        repository.Write("notes.txt", "not a configuration\n");
        Git(repository.Root, "add", ".");
        repository.Write(".editorconfig", "root = true\n");

        var result = Tool(repository.Root, "--staged");

        Assert.AreEqual(1, result.ExitCode, result.Output + result.Errors);
        StringAssert.StartsWith(McpGuardCommandTests.Lines(result.Output).Single(), ".vscode/mcp.json(1,56): error MCPG201: ");
    }

    [TestMethod]
    public void PreCommitHook_BlocksTheCommit_AsDocumented()
    {
        using var repository = GitRepository();
        var hook = Path.Combine(repository.Root, ".git", "hooks", "pre-commit");
        Directory.CreateDirectory(Path.GetDirectoryName(hook)!);

        // docs/pre-commit.md's hook, with the built tool in place of the installed command.
        File.WriteAllText(hook, $"#!/bin/sh\nexec dotnet \"{ToolPath}\" --staged\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(hook, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        repository.Write(".mcp.json", Fixtures.McpJsonWithToken(Fixtures.Token));
        Git(repository.Root, "add", ".mcp.json");
        var blocked = Run("git", repository.Root, "commit", "-q", "-m", "token");
        Assert.AreNotEqual(0, blocked.ExitCode, "the hook must stop the commit");
        StringAssert.Contains(blocked.Output + blocked.Errors, "error MCPG101");
        McpGuardCommandTests.AssertNeverPrinted(Fixtures.Token, blocked.Output, blocked.Errors);
        Assert.AreNotEqual(0, Run("git", repository.Root, "rev-parse", "--verify", "-q", "HEAD").ExitCode, "nothing was committed");

        repository.Write(".mcp.json", Fixtures.CleanMcpJson);
        Git(repository.Root, "add", ".mcp.json");
        var allowed = Run("git", repository.Root, "commit", "-q", "-m", "clean");
        Assert.AreEqual(0, allowed.ExitCode, allowed.Output + allowed.Errors);
    }

    private static string ToolPath => Path.Combine(AppContext.BaseDirectory, "mcpguard.dll");

    private static TempRepository GitRepository()
    {
        var repository = new TempRepository(gitMarker: false);
        Git(repository.Root, "init", "-q");
        Git(repository.Root, "config", "user.email", "test@example.invalid");
        Git(repository.Root, "config", "user.name", "McpGuard tests");
        Git(repository.Root, "config", "commit.gpgsign", "false");
        return repository;
    }

    private static void Git(string directory, params string[] arguments)
    {
        var result = Run("git", directory, arguments);
        Assert.AreEqual(0, result.ExitCode, $"git {string.Join(' ', arguments)}: {result.Errors}");
    }

    private static ProcessOutput Tool(string directory, params string[] arguments) =>
        Run("dotnet", directory, new[] { ToolPath }.Concat(arguments).ToArray());

    private static ProcessOutput Run(string program, string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Hooks and git must not see the test runner's git settings.
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_CONFIG_GLOBAL"] = OperatingSystem.IsWindows() ? "NUL" : "/dev/null";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new ProcessOutput(process.ExitCode, output, errors.GetAwaiter().GetResult());
    }

    private sealed record ProcessOutput(int ExitCode, string Output, string Errors);
}
