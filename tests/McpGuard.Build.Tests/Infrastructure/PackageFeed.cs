using System.IO;
using System.IO.Compression;

namespace McpGuard.Build.Tests.Infrastructure;

/// <summary>The McpGuard.Build package packed for this test run, and the folders every consumer build shares.</summary>
/// <param name="FeedDirectory">A local folder feed holding only <c>McpGuard.Build.&lt;Version&gt;.nupkg</c> (and its <c>.snupkg</c>).</param>
/// <param name="Version">A prerelease version unique to this run, so NuGet never reuses a copy extracted earlier.</param>
/// <param name="PackagesDirectory">The <c>NUGET_PACKAGES</c> folder of every consumer build of the run.</param>
internal sealed record PackageFeed(string FeedDirectory, string Version, string PackagesDirectory)
{
    public string NupkgPath => Path.Combine(FeedDirectory, $"McpGuard.Build.{Version}.nupkg");

    public string SnupkgPath => Path.Combine(FeedDirectory, $"McpGuard.Build.{Version}.snupkg");

    /// <summary>An entry of a package as a seekable stream at position 0 (zip entry streams cannot seek, PEReader needs to).</summary>
    public static MemoryStream ReadEntry(ZipArchiveEntry entry)
    {
        var copy = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(copy);
        }

        copy.Position = 0;
        return copy;
    }
}
