using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using System.Xml.Linq;
using McpGuard.Build.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Build.Tests;

/// <summary>
/// Release hygiene of the packed package: a .snupkg beside the .nupkg holds the PDB of every McpGuard assembly at its
/// DLL's path, each PDB belongs to the DLL it sits beside, the .nupkg holds no PDB, and the nuspec names the repository
/// and the commit it was built from.
/// </summary>
[TestClass]
public sealed class PackageSymbolsTests
{
    private static readonly string[] s_symbolPaths =
    {
        "analyzers/dotnet/cs/McpGuard.Analyzers.pdb",
        "analyzers/dotnet/cs/McpGuard.Core.pdb",
        "analyzers/dotnet/vb/McpGuard.Analyzers.pdb",
        "analyzers/dotnet/vb/McpGuard.Core.pdb",
        "tasks/netstandard2.0/McpGuard.Build.Tasks.pdb",
        "tasks/netstandard2.0/McpGuard.Core.pdb",
        "tasks/readytorun-linux-x64/McpGuard.Build.Tasks.pdb",
        "tasks/readytorun-linux-x64/McpGuard.Core.pdb",
    };

    [TestMethod]
    public async Task SymbolPackage_HoldsThePdbOfEveryShippedAssembly_AndTheNupkgNone()
    {
        var package = await E2EEnvironment.GetPackageAsync();
        using var nupkg = ZipFile.OpenRead(package.NupkgPath);
        using var snupkg = ZipFile.OpenRead(package.SnupkgPath);

        var pdbs = snupkg.Entries.Where(e => e.FullName.EndsWith(".pdb", StringComparison.Ordinal)).Select(e => e.FullName).ToArray();
        CollectionAssert.AreEquivalent(s_symbolPaths, pdbs);
        Assert.IsFalse(nupkg.Entries.Any(e => e.FullName.EndsWith(".pdb", StringComparison.Ordinal)), "the .nupkg holds a PDB");
        foreach (var path in s_symbolPaths)
        {
            var dll = nupkg.GetEntry(Path.ChangeExtension(path, ".dll"));
            Assert.IsNotNull(dll, $"{path} has no DLL beside it in the .nupkg");
            Assert.AreEqual(CodeViewGuid(dll), PdbGuid(snupkg.GetEntry(path)!), path);
        }
    }

    [TestMethod]
    public async Task Nuspec_NamesTheRepositoryAndCommit()
    {
        var package = await E2EEnvironment.GetPackageAsync();
        using var nupkg = ZipFile.OpenRead(package.NupkgPath);
        using var nuspec = nupkg.GetEntry("McpGuard.Build.nuspec")!.Open();
        var repository = XDocument.Load(nuspec).Descendants().Single(e => e.Name.LocalName == "repository");

        Assert.AreEqual("git", (string?)repository.Attribute("type"));
        Assert.AreEqual("https://github.com/mcpguard/McpGuard.Build", (string?)repository.Attribute("url"));
        StringAssert.Matches((string?)repository.Attribute("commit"), new Regex("^[0-9a-f]{40}$"));
    }

    private static Guid CodeViewGuid(ZipArchiveEntry dll)
    {
        using var pe = new PEReader(PackageFeed.ReadEntry(dll));
        var codeView = pe.ReadDebugDirectory().Single(entry => entry.Type == DebugDirectoryEntryType.CodeView);
        return pe.ReadCodeViewDebugDirectoryData(codeView).Guid;
    }

    private static Guid PdbGuid(ZipArchiveEntry pdb)
    {
        using var provider = MetadataReaderProvider.FromPortablePdbStream(PackageFeed.ReadEntry(pdb));
        var id = provider.GetMetadataReader().DebugMetadataHeader!.Id;
        return new Guid(id.AsSpan(0, 16));
    }
}
