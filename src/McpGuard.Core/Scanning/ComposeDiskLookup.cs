using System.Collections.Generic;
using System.IO;
using System.Text;
using McpGuard.Compose;

namespace McpGuard.Scanning;

/// <summary>
/// The scan layer's side of <see cref="ComposeFileLookup"/>: reads Compose files from disk (at most 1 MiB each) and
/// records every path read or looked for in <see cref="ConsultedFiles"/>, so that the replay cache notices when one changes.
/// </summary>
public sealed class ComposeDiskLookup : ComposeFileLookup
{
    private const long MaxComposeFileSize = 1024 * 1024;

    private readonly SortedSet<string> _consulted = new(System.StringComparer.Ordinal);

    /// <summary>The Compose files read or looked for, by absolute path.</summary>
    public IReadOnlyCollection<string> ConsultedFiles => _consulted;

    public override bool IsKnown => true;

    public override string? ReadText(string path)
    {
        _consulted.Add(path);
        if (!File.Exists(path))
        {
            return null;
        }

        var bytes = ConfigScanner.ReadBounded(path, MaxComposeFileSize, out _);
        if (bytes is null)
        {
            return null;
        }

        var text = new UTF8Encoding(false, false).GetString(bytes);
        return text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text;
    }
}
