using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using McpGuard.Build.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Build.Tests;

/// <summary>
/// The package's <c>tasks/readytorun-linux-x64/</c> folder: ReadyToRun images of exactly the assemblies of
/// <c>tasks/netstandard2.0/</c>, each the same assembly with its IL kept; MSBuild on .NET on Linux x64 loads them and
/// reports what the IL images report.
/// </summary>
[TestClass]
[DoNotParallelize]
public sealed class ReadyToRunTests
{
    private const string IlFolder = "tasks/netstandard2.0/";
    private const string ReadyToRunFolder = "tasks/readytorun-linux-x64/";

    /// <summary>The PE machine of a Linux x64 ReadyToRun image: AMD64 (0x8664) XOR the Linux marker (0x7B79).</summary>
    private const Machine LinuxX64 = (Machine)0xFD1D;

    private static readonly string[] s_taskAssemblies =
    {
        "McpGuard.Build.Tasks.dll", "McpGuard.Core.dll", "Microsoft.CodeAnalysis.dll", "NuGet.Versioning.dll", "YamlDotNet.dll",
    };

    private const string McpJson = """
        {
          "mcpServers": {
            "browser": { "command": "npx", "args": ["-y", "@playwright/mcp"] },
            "docs": { "type": "http", "url": "http://docs.internal.example.com/mcp" }
          }
        }
        """;

    [TestMethod]
    public async Task Package_ReadyToRunFolder_HoldsAnImageOfEveryTaskAssemblyWithItsIl()
    {
        var package = await E2EEnvironment.GetPackageAsync();
        using var archive = ZipFile.OpenRead(package.NupkgPath);
        string[] Names(string folder) => archive.Entries
            .Where(e => e.FullName.StartsWith(folder, StringComparison.Ordinal) && e.Name.EndsWith(".dll", StringComparison.Ordinal))
            .Select(e => e.Name)
            .ToArray();

        CollectionAssert.AreEquivalent(s_taskAssemblies, Names(IlFolder));
        CollectionAssert.AreEquivalent(s_taskAssemblies, Names(ReadyToRunFolder));
        foreach (var name in s_taskAssemblies)
        {
            using var il = new PEReader(PackageFeed.ReadEntry(archive.GetEntry(IlFolder + name)!));
            using var image = new PEReader(PackageFeed.ReadEntry(archive.GetEntry(ReadyToRunFolder + name)!));
            Assert.AreEqual(0, il.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size, $"{IlFolder}{name} is not IL only");
            Assert.IsTrue((il.PEHeaders.CorHeader.Flags & CorFlags.ILOnly) != 0, $"{IlFolder}{name} is not IL only");
            Assert.IsGreaterThan(0, image.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size, $"{ReadyToRunFolder}{name} has no ReadyToRun header");
            Assert.AreEqual(LinuxX64, image.PEHeaders.CoffHeader.Machine, $"{ReadyToRunFolder}{name} is not compiled for Linux x64");

            // The same assembly (module id) with its metadata and IL: a runtime that cannot use the native code runs the IL.
            var ilMetadata = il.GetMetadataReader();
            var imageMetadata = image.GetMetadataReader();
            Assert.AreEqual(ilMetadata.GetGuid(ilMetadata.GetModuleDefinition().Mvid), imageMetadata.GetGuid(imageMetadata.GetModuleDefinition().Mvid), name);
            Assert.AreEqual(ilMetadata.MethodDefinitions.Count, imageMetadata.MethodDefinitions.Count, name);
            Assert.AreEqual(MethodBodyBytes(il, ilMetadata), MethodBodyBytes(image, imageMetadata), name);
        }
    }

    [TestMethod]
    public async Task Build_LoadsTheImagesOfItsHost_AndReportsAsTheIlImages()
    {
        // MSBuild on .NET on Linux x64 picks the ReadyToRun images; every other host the IL.
        var hostFolder = OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture == Architecture.X64 ? "readytorun-linux-x64" : "netstandard2.0";

        var repository = await TestRepository.CreateAsync("ready-to-run");
        repository.WriteFile(".mcp.json", McpJson);
        // Configures a McpGuard rule, so the check loads Roslyn's .editorconfig support from the chosen folder too.
        repository.WriteFile(".editorconfig", "root = true\n\n[*.json]\ndotnet_diagnostic.MCPG401.severity = error\n");
        repository.WriteProject("src/Lib/Lib.csproj");
        var packageFolder = Path.Combine(repository.Package.PackagesDirectory, "mcpguard.build", repository.Package.Version.ToLowerInvariant());

        var (host, hostLog) = await BuildAsync(repository, "host");
        var (il, ilLog) = await BuildAsync(repository, "il", "-p:McpGuardTaskAssembly=" + Path.Combine(packageFolder, "tasks", "netstandard2.0", "McpGuard.Build.Tasks.dll"));

        foreach (var assembly in new[] { "McpGuard.Build.Tasks", "McpGuard.Core", "Microsoft.CodeAnalysis" })
        {
            Assert.AreEqual(Path.Combine(packageFolder, "tasks", hostFolder, assembly + ".dll"), LoadedFrom(hostLog, assembly), assembly);
            Assert.AreEqual(Path.Combine(packageFolder, "tasks", "netstandard2.0", assembly + ".dll"), LoadedFrom(ilLog, assembly), assembly);
        }

        foreach (var build in new[] { host, il })
        {
            FindingAssert.AreExactly(
                build,
                repository.Root,
                ExpectedFinding.Warning("MCPG201", ".mcp.json", 3, 51, 68),
                ExpectedFinding.Error("MCPG401", ".mcp.json", 4, 38, 76));
        }

        CollectionAssert.AreEqual(
            il.Findings.Select(f => f.Text).ToList(),
            host.Findings.Select(f => f.Text).ToList());
    }

    /// <summary>A build with its own cache folder (so each one checks, none replays) and a diagnostic log file (assembly loads).</summary>
    private static async Task<(BuildRun Build, string Log)> BuildAsync(TestRepository repository, string name, params string[] arguments)
    {
        var log = repository.GetPath(name + ".log");
        var all = new List<string>
        {
            "build", "src/Lib/Lib.csproj", "-nologo", "-tl:off", "-nodeReuse:false", "-flp:verbosity=diagnostic;logfile=" + log,
            "-p:McpGuardCacheDirectory=" + Path.Combine(repository.CacheDirectory, name),
        };
        all.AddRange(arguments);
        return (new BuildRun(await repository.RunDotnetAsync(all.ToArray())), log);
    }

    /// <summary>Where MSBuild loaded <paramref name="assembly"/> for a task (the diagnostic log's "Assembly loaded during TaskRun" line).</summary>
    private static string LoadedFrom(string log, string assembly)
    {
        const string Location = "(location: ";
        var line = File.ReadLines(log)
            .FirstOrDefault(l => l.Contains("Assembly loaded during TaskRun", StringComparison.Ordinal) && l.Contains($": {assembly}, Version=", StringComparison.Ordinal));
        Assert.IsNotNull(line, $"{assembly} was not loaded by a task (log: {log})");
        var start = line.IndexOf(Location, StringComparison.Ordinal) + Location.Length;
        return Path.GetFullPath(line[start..line.IndexOf(", MVID", start, StringComparison.Ordinal)]);
    }

    /// <summary>Every method body's IL bytes, in method order, as one hex string.</summary>
    private static string MethodBodyBytes(PEReader pe, MetadataReader metadata)
    {
        var bodies = new System.Text.StringBuilder();
        foreach (var handle in metadata.MethodDefinitions)
        {
            var rva = metadata.GetMethodDefinition(handle).RelativeVirtualAddress;
            if (rva != 0)
            {
                bodies.Append(Convert.ToHexString(pe.GetMethodBody(rva).GetILBytes()!)).Append(';');
            }
        }

        return bodies.ToString();
    }
}
