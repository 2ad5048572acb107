using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Threading.Tasks;
using McpGuard.Build.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Build.Tests;

/// <summary>
/// The assemblies McpGuard ships (McpGuard.* in tasks/ and analyzers/ of the packed .nupkg) reference no process,
/// network or dynamic-loading API: read from their metadata with System.Reflection.Metadata, so no source change,
/// generated code or dependency can slip one in unnoticed. src/BannedSymbols.txt keeps them out at compile time.
/// </summary>
[TestClass]
public sealed class ShippedAssemblyTests
{
    /// <summary>Namespaces none of whose types may be referenced.</summary>
    private static readonly string[] s_bannedNamespaces =
    {
        "System.Net", "System.Net.Http", "System.Net.Sockets", "System.Net.WebSockets", "System.Net.Security", "System.Net.NetworkInformation",
    };

    /// <summary>Pure data types of System.Net (parsing and formatting, no I/O): MCPG401 recognises loopback addresses.</summary>
    private static readonly string[] s_allowedTypes = { "System.Net.IPAddress", "System.Net.WebUtility" };

    /// <summary>Single types, and members of otherwise harmless types.</summary>
    private static readonly string[] s_bannedTypes = { "System.Diagnostics.Process", "System.Diagnostics.ProcessStartInfo" };

    private static readonly string[] s_bannedMembers =
    {
        "System.Reflection.Assembly.LoadFrom", "System.Reflection.Assembly.LoadFile", "System.Reflection.Assembly.UnsafeLoadFrom",
    };

    [TestMethod]
    public async Task ShippedAssemblies_ReferenceNoProcessNetworkOrLoadingApi()
    {
        var package = await E2EEnvironment.GetPackageAsync();
        using var archive = ZipFile.OpenRead(package.NupkgPath);
        var assemblies = archive.Entries
            .Where(e => e.Name.StartsWith("McpGuard.", StringComparison.Ordinal) && e.Name.EndsWith(".dll", StringComparison.Ordinal))
            .ToList();

        CollectionAssert.AreEquivalent(
            new[]
            {
                "analyzers/dotnet/cs/McpGuard.Analyzers.dll", "analyzers/dotnet/cs/McpGuard.Core.dll",
                "analyzers/dotnet/vb/McpGuard.Analyzers.dll", "analyzers/dotnet/vb/McpGuard.Core.dll",
                "tasks/netstandard2.0/McpGuard.Build.Tasks.dll", "tasks/netstandard2.0/McpGuard.Core.dll",
                "tasks/readytorun-linux-x64/McpGuard.Build.Tasks.dll", "tasks/readytorun-linux-x64/McpGuard.Core.dll",
            },
            assemblies.Select(e => e.FullName).ToList());
        var violations = new List<string>();
        foreach (var entry in assemblies)
        {
            var references = ReadReferences(entry);
            Assert.IsGreaterThan(20, references.Count, entry.FullName);
            violations.AddRange(references.Where(IsBanned).Select(r => $"{entry.FullName}: {r}"));
        }

        Assert.IsEmpty(violations, string.Join("\n", violations));
    }

    [TestMethod]
    public void BannedList_RecognisesTheApisItIsFor()
    {
        Assert.IsTrue(IsBanned("System.Diagnostics.Process"));
        Assert.IsTrue(IsBanned("System.Net.Http.HttpClient"));
        Assert.IsTrue(IsBanned("System.Net.WebClient"));
        Assert.IsTrue(IsBanned("System.Net.Sockets.TcpClient"));
        Assert.IsTrue(IsBanned("System.Reflection.Assembly.LoadFrom"));
        Assert.IsFalse(IsBanned("System.Diagnostics.Debug"));
        Assert.IsFalse(IsBanned("System.Uri"));
        Assert.IsFalse(IsBanned("System.Net.IPAddress"));
        Assert.IsFalse(IsBanned("System.Net.IPAddress.TryParse"));
    }

    private static bool IsBanned(string name)
    {
        var lastDot = name.LastIndexOf('.');
        var ns = lastDot < 0 ? string.Empty : name[..lastDot];
        return (s_bannedNamespaces.Contains(ns) && !s_allowedTypes.Contains(name)) || s_bannedTypes.Contains(name) || s_bannedMembers.Contains(name);
    }

    /// <summary>Every referenced type (<c>Namespace.Type</c>) and member of a referenced type (<c>Namespace.Type.Member</c>).</summary>
    private static List<string> ReadReferences(ZipArchiveEntry entry)
    {
        using var copy = PackageFeed.ReadEntry(entry);
        using var pe = new PEReader(copy);
        var metadata = pe.GetMetadataReader();
        var names = new List<string>();
        foreach (var handle in metadata.TypeReferences)
        {
            names.Add(TypeName(metadata, handle));
        }

        foreach (var handle in metadata.MemberReferences)
        {
            var member = metadata.GetMemberReference(handle);
            if (member.Parent.Kind == HandleKind.TypeReference)
            {
                names.Add(TypeName(metadata, (TypeReferenceHandle)member.Parent) + "." + metadata.GetString(member.Name));
            }
        }

        return names;
    }

    private static string TypeName(MetadataReader metadata, TypeReferenceHandle handle)
    {
        var type = metadata.GetTypeReference(handle);
        var ns = metadata.GetString(type.Namespace);
        return (ns.Length == 0 ? string.Empty : ns + ".") + metadata.GetString(type.Name);
    }
}
