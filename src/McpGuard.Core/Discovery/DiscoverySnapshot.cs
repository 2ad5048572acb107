using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using McpGuard.Model;

namespace McpGuard.Discovery;

/// <summary>
/// What a walk found and what it looked at: every folder it listed with the folder's time stamp, taken before listing
/// (a folder's time stamp changes when an entry is added, removed or renamed in it), and the files it read to decide
/// (the root <c>.gitignore</c>, generically named candidates) with their length and time stamp. While every one of them
/// is unchanged, walking again would find the same files; checking that costs one <c>stat</c> per folder, not a listing.
/// </summary>
internal sealed class DiscoverySnapshot
{
    private const string Header = "mcpguard-walk-v1";

    /// <summary>Below this many folders the stamps are checked on the calling thread: starting work on others would cost more.</summary>
    private const int ParallelFolderCount = 256;

    private readonly List<(string Path, long Ticks)> _folders = new();
    private readonly List<(string Path, string Stamp)> _files = new();
    private readonly List<ConfigFile> _found = new();

    public IReadOnlyList<ConfigFile> Found => _found;

    public int FolderCount => _folders.Count;

    /// <summary>Records <paramref name="folder"/> with its time stamp (from its cached status when it has one: taken before it is listed).</summary>
    public void AddFolder(DirectoryInfo folder) => _folders.Add((folder.FullName, FolderStamp(folder)));

    public void AddFile(string path) => _files.Add((path, FileStamp(path)));

    public void SetFound(IEnumerable<ConfigFile> found)
    {
        _found.Clear();
        _found.AddRange(found);
    }

    /// <summary>
    /// Whether every folder and file recorded still has its recorded stamp. A large tree's folders are checked across the
    /// cores (one <c>stat</c> each, about 5 µs with the managed work around it): the answer is the same, every stamp must match.
    /// </summary>
    public bool IsCurrent()
    {
        static bool Changed((string Path, long Ticks) folder) => FolderStamp(folder.Path) != folder.Ticks;
        var changed = false;
        if (_folders.Count >= ParallelFolderCount)
        {
            Parallel.ForEach(_folders, (folder, loop) =>
            {
                if (Changed(folder))
                {
                    changed = true;
                    loop.Stop();
                }
            });
        }
        else
        {
            changed = _folders.Exists(Changed);
        }

        if (changed)
        {
            return false;
        }

        foreach (var (path, stamp) in _files)
        {
            if (FileStamp(path) != stamp)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Lines: the header and <paramref name="key"/>, then <c>d</c>, <c>s</c> and <c>f</c> lines; null when a path cannot be written on one line.</summary>
    public List<string>? ToLines(string key)
    {
        var lines = new List<string>(_folders.Count + _files.Count + _found.Count + 1) { Header + " " + key };
        foreach (var (path, ticks) in _folders)
        {
            lines.Add("d " + ticks.ToString(CultureInfo.InvariantCulture) + " " + path);
        }

        foreach (var (path, stamp) in _files)
        {
            lines.Add("s " + stamp + " " + path);
        }

        foreach (var file in _found)
        {
            lines.Add("f " + file.Format.Id + " " + file.Path);
        }

        foreach (var line in lines)
        {
            if (line.IndexOf('\n') >= 0 || line.IndexOf('\r') >= 0)
            {
                return null;
            }
        }

        return lines;
    }

    /// <summary>The snapshot <see cref="ToLines"/> wrote for <paramref name="key"/>, or null (another key, a damaged line, an unknown format).</summary>
    public static DiscoverySnapshot? FromLines(IReadOnlyList<string> lines, string key)
    {
        if (lines.Count == 0 || lines[0] != Header + " " + key)
        {
            return null;
        }

        var snapshot = new DiscoverySnapshot();
        for (var i = 1; i < lines.Count; i++)
        {
            var line = lines[i];
            var first = line.IndexOf(' ');
            var second = first < 0 ? -1 : line.IndexOf(' ', first + 1);
            if (first != 1 || second < 0)
            {
                return null;
            }

            var value = line.Substring(2, second - 2);
            var path = line.Substring(second + 1);
            switch (line[0])
            {
                case 'd' when long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ticks):
                    snapshot._folders.Add((path, ticks));
                    break;
                case 's':
                    snapshot._files.Add((path, value));
                    break;
                case 'f' when ConfigFormat.TryGetById(value, out var format):
                    snapshot._found.Add(new ConfigFile(path, format));
                    break;
                default:
                    return null;
            }
        }

        return snapshot;
    }

    /// <summary>The folder's last write time in ticks; -1 when it is gone, a link, or cannot be read.</summary>
    private static long FolderStamp(string path) => FolderStamp(new DirectoryInfo(path));

    private static long FolderStamp(DirectoryInfo folder)
    {
        try
        {
            return folder.Exists && (folder.Attributes & FileAttributes.ReparsePoint) == 0 ? folder.LastWriteTimeUtc.Ticks : -1;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return -1;
        }
    }

    /// <summary>"length:ticks", or "missing" / "unreadable" (no spaces).</summary>
    private static string FileStamp(string path)
    {
        try
        {
            var file = new FileInfo(path);
            return file.Exists
                ? file.Length.ToString(CultureInfo.InvariantCulture) + ":" + file.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture)
                : "missing";
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return "unreadable";
        }
    }
}
