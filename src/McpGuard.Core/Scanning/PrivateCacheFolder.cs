using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;

namespace McpGuard.Scanning;

/// <summary>
/// Where the replay cache may live: a folder only the building user can write. A cache replays "no findings" for a
/// repository, so a file another local user could plant or edit would switch the security check off; such files are
/// never read. Default: the user's own cache folder (<c>$XDG_CACHE_HOME/mcpguard</c> or <c>~/.cache/mcpguard</c>,
/// created with mode 0700; <c>%LOCALAPPDATA%\McpGuard\cache</c> on Windows, whose profile folders are per-user).
/// </summary>
/// <remarks>
/// On Linux and macOS a folder or file is trusted only when the current user owns it and neither its group nor others
/// can write it (for files, not a symbolic link either). .NET Standard has no owner API, so the checks call the .NET
/// runtime's own portable native shim (<c>libSystem.Native</c>, whose <c>FileStatus</c> begins with flags, mode, uid, gid
/// on every .NET runtime); where that shim is missing (Mono) nothing is trusted and every build scans. On Windows
/// ownership is not checked: the default folder is inside the user's profile.
/// </remarks>
public static class PrivateCacheFolder
{
    private const int GroupOrOtherWrite = 0x12; // S_IWGRP | S_IWOTH
    private const int TypeMask = 0xF000;
    private const int DirectoryType = 0x4000;
    private const int RegularFileType = 0x8000;
    private const int OwnerOnlyFolder = 0x1C0; // 0700
    private const int OwnerOnlyFile = 0x180; // 0600

    /// <summary>The folder to use: <paramref name="configured"/> (McpGuardCacheDirectory) when set, else the user's cache folder; <c>null</c> when there is none.</summary>
    public static string? Resolve(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured!.Trim());
        }

        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
        {
            var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
            return local.Length == 0 ? null : Path.Combine(local, "McpGuard", "cache");
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (!string.IsNullOrEmpty(xdg) && Path.IsPathRooted(xdg))
        {
            return Path.Combine(xdg, "mcpguard");
        }

        var home = Environment.GetEnvironmentVariable("HOME");
        return string.IsNullOrEmpty(home) || !Path.IsPathRooted(home) ? null : Path.Combine(home, ".cache", "mcpguard");
    }

    /// <summary>Creates <paramref name="folder"/> (mode 0700 when new) and says whether it is private to the current user.</summary>
    public static bool Prepare(string folder)
    {
        try
        {
            if (!Directory.Exists(folder))
            {
                Directory.CreateDirectory(folder);
                Restrict(folder, OwnerOnlyFolder);
            }

            return IsPrivate(folder, DirectoryType, expectedOwner: null);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return false;
        }
    }

    /// <summary>Whether a cache file may be read: a regular file the current user owns and nobody else can write.</summary>
    public static bool IsPrivateFile(string path) => IsPrivate(path, RegularFileType, expectedOwner: null);

    /// <summary>The effective user id that owners are compared with (Linux and macOS).</summary>
    internal static uint CurrentUser => NativeMethods.GetEUid();

    /// <summary><see cref="IsPrivateFile(string)"/> as if <paramref name="owner"/> were building: tests ask as another user without chown.</summary>
    internal static bool IsPrivateFile(string path, uint owner) => IsPrivate(path, RegularFileType, owner);

    /// <summary>Makes a file just written readable and writable by its owner only (its mode came from the umask).</summary>
    public static void RestrictFile(string path) => Restrict(path, OwnerOnlyFile);

    /// <summary>The lines of a cache file this user alone can have written, or <c>null</c> (missing, not private, unreadable).</summary>
    public static string[]? TryReadLines(string path)
    {
        try
        {
            // A file another user planted or can edit would replay whatever they wrote: never read it.
            return File.Exists(path) && IsPrivateFile(path) ? File.ReadAllLines(path) : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Best effort: writes a cache file beside a temporary one, restricted to its owner before it replaces the old file. A
    /// cache that cannot be written only costs the next build the work again.
    /// </summary>
    public static void TryWriteLines(string path, IEnumerable<string> lines)
    {
        var temporary = path + "." + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture) + ".tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            File.WriteAllLines(temporary, lines);
            RestrictFile(temporary);
            if (File.Exists(path))
            {
                File.Delete(path);
            }

            File.Move(temporary, path);
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

    /// <summary>
    /// The engine build that wrote a cache entry (its module version id, new with every build): part of every cache key,
    /// so that new rules, wording or embedded data never replay what an older engine found.
    /// </summary>
    internal static string EngineBuild { get; } = typeof(PrivateCacheFolder).Assembly.ManifestModule.ModuleVersionId.ToString("N", CultureInfo.InvariantCulture);

    /// <summary>
    /// A 64-bit FNV-1a digest of <paramref name="text"/>, 16 hex digits: names and matches cache entries. Not cryptographic
    /// on purpose: an entry is trusted because only the building user can write it (above), not because of its key, and
    /// SHA-256 would load the platform's cryptography library (OpenSSL on Linux) into a fresh build node just for this.
    /// </summary>
    internal static string Digest(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash.ToString("x16", CultureInfo.InvariantCulture);
    }

    private static bool IsPrivate(string path, int expectedType, uint? expectedOwner)
    {
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
        {
            return expectedType == DirectoryType ? Directory.Exists(path) : File.Exists(path);
        }

        try
        {
            // lstat: a symbolic link is not followed, so a planted link never counts as the user's file.
            var status = new byte[256];
            if (NativeMethods.LStat(path, status) != 0)
            {
                return false;
            }

            var mode = BitConverter.ToInt32(status, 4);
            var owner = BitConverter.ToUInt32(status, 8);
            return (mode & TypeMask) == expectedType && (mode & GroupOrOtherWrite) == 0 && owner == (expectedOwner ?? NativeMethods.GetEUid());
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            return false;
        }
    }

    private static void Restrict(string path, int mode)
    {
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
        {
            return;
        }

        try
        {
            _ = NativeMethods.ChMod(path, mode);
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            // IsPrivate fails the same way, so the file is never trusted.
        }
    }

    private static class NativeMethods
    {
        private const string SystemNative = "libSystem.Native";

        [DllImport(SystemNative, EntryPoint = "SystemNative_LStat", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int LStat(string path, [Out] byte[] status);

        [DllImport(SystemNative, EntryPoint = "SystemNative_GetEUid")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern uint GetEUid();

        [DllImport(SystemNative, EntryPoint = "SystemNative_ChMod", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int ChMod(string path, int mode);
    }
}
