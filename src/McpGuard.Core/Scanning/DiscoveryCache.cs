using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Security.Cryptography;
using System.Text;
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
            TrySave(cacheFile, lines);
        }

        return found;
    }

    internal static string FileFor(string root, string cacheFolder) =>
        Path.Combine(cacheFolder, "walk-" + Hash(root).Substring(0, 16).ToLowerInvariant() + ".cache");

    /// <summary>The engine build (its embedded locations may change) and the root.</summary>
    private static string KeyFor(string root) =>
        typeof(DiscoveryCache).Assembly.ManifestModule.ModuleVersionId.ToString("N", CultureInfo.InvariantCulture) + " " + Hash(root);

    private static DiscoverySnapshot? TryLoad(string cacheFile, string key)
    {
        try
        {
            return File.Exists(cacheFile) && PrivateCacheFolder.IsPrivateFile(cacheFile) ? DiscoverySnapshot.FromLines(File.ReadAllLines(cacheFile), key) : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static void TrySave(string cacheFile, List<string> lines)
    {
        var temporary = cacheFile + "." + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture) + ".tmp";
        try
        {
            File.WriteAllLines(temporary, lines);
            PrivateCacheFolder.RestrictFile(temporary);
            if (File.Exists(cacheFile))
            {
                File.Delete(cacheFile);
            }

            File.Move(temporary, cacheFile);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // Leftover temporary file; harmless.
            }
        }
    }

    private static string Hash(string text)
    {
        using var sha = SHA256.Create();
        return BitConverter.ToString(sha.ComputeHash(Encoding.UTF8.GetBytes(text))).Replace("-", string.Empty);
    }
}
