using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace McpGuard.Scanning;

/// <summary>A file's length and time stamp as the replay cache records them.</summary>
internal static class FileStamp
{
    /// <summary>One cache line for a file the scan read: the marker, the path (without '|') and its stamp.</summary>
    public static string Dependency(string marker, string path)
    {
        var text = new StringBuilder(marker);
        Append(text, path.Replace("|", string.Empty).Replace("\n", string.Empty));
        return text.ToString().TrimEnd('\n');
    }

    /// <summary>A dependency line still describes its file: the scan may replay only while every file it read is unchanged.</summary>
    public static bool IsUnchanged(string marker, string dependencyLine)
    {
        var pathEnd = dependencyLine.IndexOf('|');
        return pathEnd > marker.Length && dependencyLine == Dependency(marker, dependencyLine.Substring(marker.Length, pathEnd - marker.Length));
    }

    /// <summary>"path|length|ticks", "path|missing" or "path|unreadable", then a newline.</summary>
    public static void Append(StringBuilder text, string path)
    {
        text.Append(path).Append('|');
        try
        {
            var info = new FileInfo(path);
            text.Append(info.Exists ? info.Length.ToString(CultureInfo.InvariantCulture) + "|" + info.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture) : "missing");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            text.Append("unreadable");
        }

        text.Append('\n');
    }
}
