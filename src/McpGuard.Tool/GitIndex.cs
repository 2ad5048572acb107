// The one place McpGuard starts a process (src/BannedSymbols.txt bans the process APIs everywhere else, RS0030): the
// pre-commit gate must read what the commit will contain, and only git reads its index (the format is versioned and
// extensible; a reader of our own would lag it). git is the user's, found on PATH, never a program a configuration
// names; it is run without a shell, with arguments as a list, with core.fsmonitor off (a configured fsmonitor hook is a
// program too) and --no-optional-locks (a hook must not take the index lock the running commit holds).
#pragma warning disable RS0030

using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading.Tasks;

namespace McpGuard.Tool;

/// <summary>A file staged for commit: its path relative to the repository root and the blob the index holds for it.</summary>
internal sealed record StagedFile(string Path, string BlobId);

/// <summary>Reads the git index (the staged content) of the repository at a root folder by running git.</summary>
internal sealed class GitIndex
{
    private readonly string _root;
    private readonly string _git;
    private readonly long _maxFileSize;
    private readonly Dictionary<string, byte[]?> _contentByPath = new(StringComparer.Ordinal);

    private GitIndex(string root, string git, long maxFileSize)
    {
        _root = root;
        _git = git;
        _maxFileSize = maxFileSize;
    }

    /// <summary>The index of the repository at <paramref name="root"/>; throws <see cref="ToolException"/> when git cannot be found.</summary>
    public static GitIndex Open(string root, long maxFileSize) =>
        new(root, FindGit() ?? throw new ToolException("git was not found on PATH; --staged reads the index with git"), maxFileSize);

    /// <summary>
    /// The regular files added, copied, modified, renamed or retyped in the index (<c>git diff --cached --diff-filter=ACMRT</c>),
    /// with their staged blobs; symbolic links and submodules are not files a client reads and are left out.
    /// </summary>
    public IReadOnlyList<StagedFile> StagedFiles()
    {
        var output = Run(new[] { "diff", "--cached", "--raw", "-z", "--no-abbrev", "--no-ext-diff", "--no-textconv", "--diff-filter=ACMRT" }, long.MaxValue, out _);
        var fields = Encoding.UTF8.GetString(output).Split('\0');
        var staged = new List<StagedFile>();
        for (var i = 0; i < fields.Length; i++)
        {
            // ":100644 100644 <old blob> <new blob> M" then the path; R and C entries have two paths, the new one last.
            if (!fields[i].StartsWith(":", StringComparison.Ordinal))
            {
                continue;
            }

            var header = fields[i].Split(' ');
            var twoPaths = header.Length == 5 && header[4].Length > 0 && header[4][0] is 'R' or 'C';
            var pathIndex = i + (twoPaths ? 2 : 1);
            if (header.Length != 5 || pathIndex >= fields.Length)
            {
                throw new ToolException("git diff --cached printed a line McpGuard cannot read");
            }

            i = pathIndex;
            if (header[1] is "100644" or "100755")
            {
                staged.Add(new StagedFile(fields[pathIndex], header[3]));
                _contentByPath.Remove(FullPath(fields[pathIndex]));
            }
        }

        return staged;
    }

    /// <summary>The staged bytes of a blob, cut one byte past the size limit (the scan then reports the file as too large).</summary>
    public byte[] ReadBlob(string blobId) => Run(new[] { "cat-file", "blob", blobId }, _maxFileSize + 1, out _);

    /// <summary>
    /// The staged content of the file at <paramref name="fullPath"/> (an <c>.editorconfig</c>, the policy, the baseline),
    /// or <c>null</c> when the index holds no regular file there: the scan then reads the working tree's copy, if any.
    /// </summary>
    public byte[]? ReadStaged(string fullPath)
    {
        if (_contentByPath.TryGetValue(fullPath, out var cached))
        {
            return cached;
        }

        byte[]? content = null;
        var relative = Suppression.RepositoryPaths.ToRelative(_root, fullPath);
        if (!System.IO.Path.IsPathRooted(relative))
        {
            // "<mode> <blob> <stage>\t<path>\0" for each entry; --literal-pathspecs: the path is a name, not a pattern.
            var listing = Encoding.UTF8.GetString(Run(new[] { "--literal-pathspecs", "ls-files", "--stage", "-z", "--", relative }, long.MaxValue, out _));
            foreach (var entry in listing.Split(new[] { '\0' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var tab = entry.IndexOf('\t');
                var header = tab < 0 ? Array.Empty<string>() : entry.Substring(0, tab).Split(' ');
                if (header.Length == 3 && header[2] == "0" && header[0] is "100644" or "100755" && entry.Substring(tab + 1) == relative)
                {
                    content = ReadBlob(header[1]);
                }
            }
        }

        _contentByPath[fullPath] = content;
        return content;
    }

    /// <summary>Remembers a staged file's content read through <see cref="ReadBlob"/>, so that the scan reads it from here.</summary>
    public void Remember(string relativePath, byte[] content) => _contentByPath[FullPath(relativePath)] = content;

    public string FullPath(string relativePath) => System.IO.Path.GetFullPath(System.IO.Path.Combine(_root, relativePath));

    /// <summary>
    /// git's full path from PATH's absolute entries: never the current folder (Process would look there first on some
    /// platforms, and the current folder is the repository being checked).
    /// </summary>
    private static string? FindGit()
    {
        var names = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? new[] { "git.exe" } : new[] { "git" };
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(System.IO.Path.PathSeparator))
        {
            if (folder.Length == 0 || !System.IO.Path.IsPathRooted(folder))
            {
                continue;
            }

            foreach (var name in names)
            {
                var candidate = System.IO.Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>Runs git in the root folder and returns at most <paramref name="limit"/> bytes of its output (the rest is drained).</summary>
    private byte[] Run(IReadOnlyList<string> arguments, long limit, out bool truncated)
    {
        var start = new ProcessStartInfo(_git)
        {
            WorkingDirectory = _root,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            CreateNoWindow = true,
        };
        foreach (var argument in new[] { "-c", "core.fsmonitor=false", "--no-optional-locks", "--no-pager" })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new ToolException("git could not be started");
        }
        catch (Win32Exception exception)
        {
            throw new ToolException($"git could not be started ({exception.Message})");
        }

        using (process)
        {
            process.StandardInput.Close();
            var errors = process.StandardError.ReadToEndAsync();
            var output = ReadAtMost(process.StandardOutput.BaseStream, limit, out truncated);
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                var message = FirstLine(errors);
                throw new ToolException($"git {arguments[0]} failed (exit code {process.ExitCode}){(message.Length > 0 ? ": " + message : string.Empty)}");
            }

            return output;
        }
    }

    private static byte[] ReadAtMost(Stream stream, long limit, out bool truncated)
    {
        using var kept = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        truncated = false;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var room = (int)Math.Min(read, Math.Max(0, limit - kept.Length));
            kept.Write(buffer, 0, room);
            truncated |= room < read;
        }

        return kept.ToArray();
    }

    private static string FirstLine(Task<string> text)
    {
        var value = text.GetAwaiter().GetResult().Trim();
        var newline = value.IndexOf('\n');
        return Reporting.InertText.Escape(newline < 0 ? value : value.Substring(0, newline).Trim());
    }
}
