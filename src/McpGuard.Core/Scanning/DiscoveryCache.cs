using System.Collections.Generic;
using System.IO;
using McpGuard.Discovery;

namespace McpGuard.Scanning;

/// <summary>
/// Discovery for builds: the walk's result is kept beside the replay cache (same folder, same ownership rules: a file
/// another user owns or can write is never read) and reused while no folder the walk listed and no file it read has
/// changed, which costs one <c>stat</c> per folder instead of listing the tree.
/// </summary>
public static class DiscoveryCache
{
    /// <summary>The configuration files under <paramref name="root"/>; <paramref name="reused"/> says whether the last walk's result was still current.</summary>
    public static IReadOnlyList<ConfigFile> Discover(string root, string? cacheFolder, out bool reused)
    {
        reused = false;
        var fullRoot = Path.GetFullPath(root);
        var cacheFile = cacheFolder is not null && PrivateCacheFolder.Prepare(cacheFolder) ? FileFor(fullRoot, cacheFolder) : null;
        var key = KeyFor(fullRoot);
        if (cacheFile is not null && TryLoad(cacheFile, key) is { } previous && previous.IsCurrent())
        {
            reused = true;
            return previous.Found;
        }

        var snapshot = new DiscoverySnapshot();
        var found = ConfigDiscovery.Walk(fullRoot, null, snapshot);
        snapshot.SetFound(found);
        if (cacheFile is not null && snapshot.ToLines(key) is { } lines)
        {
            PrivateCacheFolder.TryWriteLines(cacheFile, lines);
        }

        return found;
    }

    internal static string FileFor(string root, string cacheFolder) =>
        Path.Combine(cacheFolder, "walk-" + PrivateCacheFolder.Digest(root) + ".cache");

    /// <summary>The engine build (its embedded locations may change) and the root.</summary>
    private static string KeyFor(string root) =>
        PrivateCacheFolder.EngineBuild + " " + PrivateCacheFolder.Digest(root);

    private static DiscoverySnapshot? TryLoad(string cacheFile, string key) =>
        PrivateCacheFolder.TryReadLines(cacheFile) is { } lines ? DiscoverySnapshot.FromLines(lines, key) : null;
}
