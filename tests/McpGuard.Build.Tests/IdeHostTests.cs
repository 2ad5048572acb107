using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using McpGuard.Build.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Build.Tests;

/// <summary>
/// The IDE's way of loading projects: tests/McpGuard.IdeHost opens a three-project solution that references the packed
/// package with MSBuildWorkspace (a design-time build, as Visual Studio, C# Dev Kit and Rider do), runs each project's
/// analyzers on its compilation, and must report what the command-line build of the same repository reports - rule,
/// file, line, column range and severity - with each repository finding once across the three projects: with the
/// defaults, after an unsaved edit of a configuration, and with an .editorconfig entry, a .globalconfig, NoWarn and
/// WarningsAsErrors each changing a different rule. Loading must not warn "Duplicate source file" (a root .editorconfig
/// is present), and nothing may fail (AD0001).
/// </summary>
[TestClass]
[DoNotParallelize]
public sealed class IdeHostTests
{
    private static readonly string[] s_sampleFiles = [".mcp.json", ".vscode/mcp.json", ".cursor/mcp.json", ".claude/settings.json"];

    [TestMethod]
    public async Task IdeHost_Solution_ReportsWhatTheCommandLineReports_OnceAcrossProjects()
    {
        var repository = await TestRepository.CreateAsync("ide-host");
        foreach (var file in s_sampleFiles)
        {
            repository.WriteFile(file, File.ReadAllText(Path.Combine(E2EEnvironment.RepositoryRoot, "samples", "insecure", file)));
        }

        var projects = new[] { "src/App/App.csproj", "src/Lib/Lib.csproj", "tests/Lib.Tests/Lib.Tests.csproj" };
        foreach (var project in projects)
        {
            repository.WriteProject(project, properties: "<NoWarn>$(NoWarn);$(McpGuardTestNoWarn)</NoWarn><WarningsAsErrors>$(WarningsAsErrors);$(McpGuardTestWarningsAsErrors)</WarningsAsErrors>");

            // A source file: the SDK looks for .globalconfig files above the compiled files, not above the project.
            repository.WriteFile(Path.Combine(Path.GetDirectoryName(project)!, "Class1.cs"), $"namespace {Path.GetFileNameWithoutExtension(project).Replace('.', '_')};\n\npublic static class Class1\n{{\n}}\n");
        }

        Assert.AreEqual(0, (await repository.RunDotnetAsync("new", "sln", "--format", "sln", "--name", "Repo")).ExitCode);
        var add = await repository.RunDotnetAsync(["sln", "Repo.sln", "add", .. projects]);
        Assert.AreEqual(0, add.ExitCode, add.Describe());
        var restore = await repository.RunDotnetAsync("restore", "Repo.sln");
        Assert.AreEqual(0, restore.ExitCode, restore.Describe());

        // Defaults: ten findings of four files, errors and warnings.
        var defaults = await CompareAsync(repository);
        Assert.HasCount(10, defaults, string.Join("\n", defaults));

        // An unsaved edit of .mcp.json in the IDE (the analytics server moved to https) against the same text saved.
        var mcpJson = File.ReadAllText(repository.GetPath(".mcp.json"));
        var edited = mcpJson.Replace("http://mcp.analytics.example.com", "https://mcp.analytics.example.com", StringComparison.Ordinal);
        Assert.AreNotEqual(mcpJson, edited);
        var ideEdited = await RunIdeHostAsync(repository, (repository.GetPath(".mcp.json"), edited));
        repository.WriteFile(".mcp.json", edited);
        var savedEdit = await CompareAsync(repository, ideEdited);
        CollectionAssert.AreEqual(defaults.Where(f => !f.Contains(" MCPG401", StringComparison.Ordinal)).ToList(), savedEdit);
        repository.WriteFile(".mcp.json", mcpJson);

        // Each setting changes one rule: .editorconfig MCPG201 → error, .globalconfig MCPG102 → warning, NoWarn MCPG401,
        // WarningsAsErrors MCPG609.
        repository.WriteFile(".editorconfig", "root = true\n\n[*.json]\ndotnet_diagnostic.MCPG201.severity = error\n");
        repository.WriteFile(".globalconfig", "is_global = true\ndotnet_diagnostic.MCPG102.severity = warning\n");
        var configured = await CompareAsync(repository, arguments: ["-p:McpGuardTestNoWarn=MCPG401", "-p:McpGuardTestWarningsAsErrors=MCPG609"]);
        var expected = defaults
            .Where(f => !f.Contains(" MCPG401", StringComparison.Ordinal))
            .Select(f => f.Contains(" MCPG201", StringComparison.Ordinal) || f.Contains(" MCPG609", StringComparison.Ordinal) ? f.Replace("warning", "error", StringComparison.Ordinal) : f)
            .Select(f => f.Contains(" MCPG102", StringComparison.Ordinal) ? f.Replace("error", "warning", StringComparison.Ordinal) : f)
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        CollectionAssert.AreEqual(expected, configured);
    }

    /// <summary>
    /// Builds the solution on the command line and loads it in the IDE host (or takes the IDE's findings given), and
    /// asserts the same warnings and errors, each once; returns them as <c>path(l,c,el,ec): severity id</c>, sorted.
    /// </summary>
    private static async Task<List<string>> CompareAsync(TestRepository repository, List<string>? ide = null, string[]? arguments = null)
    {
        var build = await repository.BuildAsync(["Repo.sln", "--no-restore", .. arguments ?? []]);
        Assert.IsTrue(build.Log.HasSummary, build.Describe());
        var commandLine = build.Findings
            .Select(f => $"{Path.GetFullPath(Path.Combine(repository.Root, f.File))}({f.Line},{f.Column},{f.EndLine},{f.EndColumn}): {f.Severity} {f.Code}")
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        ide ??= await RunIdeHostAsync(repository, edit: null, arguments);
        CollectionAssert.AreEqual(commandLine, ide, $"command line:\n{string.Join("\n", commandLine)}\nIDE:\n{string.Join("\n", ide)}\n\n{build.Describe()}");
        return commandLine;
    }

    /// <summary>The IDE host's warnings and errors over the whole solution (every project's), without the project names.</summary>
    private static async Task<List<string>> RunIdeHostAsync(TestRepository repository, (string Path, string Text)? edit, string[]? properties = null)
    {
        var hostDll = Path.Combine(AppContext.BaseDirectory.Replace("McpGuard.Build.Tests", "McpGuard.IdeHost", StringComparison.Ordinal), "McpGuard.IdeHost.dll");
        Assert.IsTrue(File.Exists(hostDll), $"{hostDll} was not built");
        var arguments = new List<string> { hostDll, repository.GetPath("Repo.sln") };
        if (edit is { } unsaved)
        {
            var textFile = Path.Combine(repository.Root, "..", Path.GetFileName(repository.Root) + "-unsaved.txt");
            File.WriteAllText(textFile, unsaved.Text);
            arguments.AddRange([unsaved.Path, textFile]);
        }

        // MSBuildWorkspace passes no command-line properties; the test's switches reach its design-time builds as environment variables.
        var environment = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = repository.Package.PackagesDirectory };
        foreach (var property in properties ?? [])
        {
            var (name, value) = (property[3..property.IndexOf('=', StringComparison.Ordinal)], property[(property.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            environment[name] = value;
        }

        var run = await DotnetCli.RunAsync(repository.Root, arguments, environment);
        Assert.AreEqual(0, run.ExitCode, run.Describe());
        var lines = run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.IsFalse(lines.Any(l => l.Contains("Duplicate source file", StringComparison.Ordinal) || l.Contains("AD0001", StringComparison.Ordinal)), run.Describe());
        return lines
            .Where(l => l.Contains("): warning MCPG", StringComparison.Ordinal) || l.Contains("): error MCPG", StringComparison.Ordinal))
            .Select(l => l[..l.LastIndexOf(" [", StringComparison.Ordinal)])
            .OrderBy(l => l, StringComparer.Ordinal)
            .ToList();
    }
}
