using System;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Tool.Tests;

/// <summary>
/// <c>dotnet pack</c> of src/McpGuard.Tool makes a dotnet tool package, and <c>dotnet tool install --tool-path</c> from
/// a local folder feed gives a working <c>mcpguard</c> command. A unique prerelease version and a private package
/// folder keep NuGet from reusing an earlier copy; the feed is the only source.
/// </summary>
[TestClass]
public sealed class ToolPackageTests
{
    [TestMethod]
    public void Pack_MakesAToolPackage_ThatInstallsAndChecks()
    {
        using var work = new TempRepository(gitMarker: false);
        var version = "0.0.0-e2e." + Guid.NewGuid().ToString("N").Substring(0, 12);
        var feed = Path.Combine(work.Root, "feed");
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var project = Path.Combine(RepositoryRoot, "src", "McpGuard.Tool", "McpGuard.Tool.csproj");

        var pack = Dotnet(work.Root, "pack", project, "-c", configuration, "--no-build", "-o", feed, "-p:PackageVersion=" + version);
        Assert.AreEqual(0, pack.ExitCode, pack.Output);

        using (var package = ZipFile.OpenRead(Path.Combine(feed, $"McpGuard.Tool.{version}.nupkg")))
        {
            foreach (var framework in new[] { "net8.0", "net10.0" })
            {
                var settings = package.GetEntry($"tools/{framework}/any/DotnetToolSettings.xml");
                Assert.IsNotNull(settings, framework);
                using var reader = new StreamReader(settings.Open());
                StringAssert.Contains(reader.ReadToEnd(), "<Command Name=\"mcpguard\" EntryPoint=\"mcpguard.dll\" Runner=\"dotnet\" />");
            }

            using var nuspec = new StreamReader(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
            StringAssert.Contains(nuspec.ReadToEnd(), "<packageType name=\"DotnetTool\" />");
        }

        File.WriteAllText(Path.Combine(work.Root, "nuget.config"), $"<configuration><packageSources><clear /><add key=\"feed\" value=\"{feed}\" /></packageSources></configuration>");
        var tools = Path.Combine(work.Root, "tools");
        var install = Dotnet(work.Root, "tool", "install", "McpGuard.Tool", "--version", version, "--tool-path", tools, "--configfile", Path.Combine(work.Root, "nuget.config"));
        Assert.AreEqual(0, install.ExitCode, install.Output);

        var repository = Path.Combine(work.Root, "repo");
        Directory.CreateDirectory(repository);
        File.WriteAllText(Path.Combine(repository, ".mcp.json"), Fixtures.McpJsonWithToken(Fixtures.Token));
        var check = Run(Path.Combine(tools, OperatingSystem.IsWindows() ? "mcpguard.exe" : "mcpguard"), repository, ".");
        Assert.AreEqual(1, check.ExitCode, check.Output);
        StringAssert.StartsWith(check.Output, ".mcp.json(7,41): error MCPG101: ");
        McpGuardCommandTests.AssertNeverPrinted(Fixtures.Token, check.Output);
    }

    private static string RepositoryRoot => typeof(ToolPackageTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "McpGuardRepositoryRoot").Value!;

    private static (int ExitCode, string Output) Dotnet(string directory, params string[] arguments)
    {
        var packages = Path.Combine(directory, "packages");
        return Run("dotnet", directory, arguments, ("NUGET_PACKAGES", packages));
    }

    private static (int ExitCode, string Output) Run(string program, string directory, string argument) => Run(program, directory, new[] { argument });

    private static (int ExitCode, string Output) Run(string program, string directory, string[] arguments, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + errors.GetAwaiter().GetResult());
    }
}
