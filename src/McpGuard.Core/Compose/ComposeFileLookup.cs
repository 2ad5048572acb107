using System;
using System.Collections.Generic;

namespace McpGuard.Compose;

/// <summary>
/// What a host knows about the Compose files of the repository (<c>compose.yaml</c> …) that a <c>docker compose</c>
/// launch command reads. Rules never touch the disk: the build fills this from disk (<c>ComposeDiskLookup</c>); where
/// nothing can be known (the analyzer in the IDE, unit tests) it is <see cref="Unknown"/>, and compose services are not judged.
/// </summary>
public abstract class ComposeFileLookup
{
    private readonly Dictionary<string, (bool Exists, ComposeFile? File)> _parsed = new(StringComparer.Ordinal);

    public static ComposeFileLookup Unknown { get; } = new UnknownLookup();

    /// <summary>Whether this lookup can read files at all; <c>false</c>: say nothing about compose services.</summary>
    public abstract bool IsKnown { get; }

    /// <summary>The text of the file at the absolute <paramref name="path"/>; <c>null</c> when it is missing, unreadable or too large.</summary>
    public abstract string? ReadText(string path);

    /// <summary>
    /// Whether a file is at <paramref name="path"/> (read once); <paramref name="file"/> is <c>null</c> when it is not a
    /// readable Compose file (bad YAML, no <c>services</c>): such a file is not judged.
    /// </summary>
    internal bool TryLoad(string path, out ComposeFile? file)
    {
        if (!_parsed.TryGetValue(path, out var loaded))
        {
            var text = IsKnown ? ReadText(path) : null;
            loaded = (text is not null, text is null ? null : ComposeFile.Parse(path, text));
            _parsed[path] = loaded;
        }

        file = loaded.File;
        return loaded.Exists;
    }

    private sealed class UnknownLookup : ComposeFileLookup
    {
        public override bool IsKnown => false;

        public override string? ReadText(string path) => null;
    }
}
