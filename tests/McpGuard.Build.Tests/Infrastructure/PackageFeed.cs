namespace McpGuard.Build.Tests.Infrastructure;

/// <summary>The McpGuard.Build package packed for this test run, and the folders every consumer build shares.</summary>
/// <param name="FeedDirectory">A local folder feed holding only <c>McpGuard.Build.&lt;Version&gt;.nupkg</c>.</param>
/// <param name="Version">A prerelease version unique to this run, so NuGet never reuses a copy extracted earlier.</param>
/// <param name="PackagesDirectory">The <c>NUGET_PACKAGES</c> folder of every consumer build of the run.</param>
internal sealed record PackageFeed(string FeedDirectory, string Version, string PackagesDirectory);
