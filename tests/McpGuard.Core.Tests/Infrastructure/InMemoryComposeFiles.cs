using System;
using System.Collections.Generic;
using System.IO;
using McpGuard.Compose;

namespace McpGuard.Core.Tests.Infrastructure;

/// <summary>Compose files that exist only in memory, by path relative to <see cref="TestPaths.FakeRepositoryRoot"/>; it records what was looked for.</summary>
internal sealed class InMemoryComposeFiles : ComposeFileLookup
{
    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);

    public InMemoryComposeFiles(params (string RelativePath, string Text)[] files)
    {
        foreach (var (relativePath, text) in files)
        {
            _files[Path.GetFullPath(Path.Combine(TestPaths.FakeRepositoryRoot, relativePath.Replace('/', Path.DirectorySeparatorChar)))] = text;
        }
    }

    public List<string> LookedFor { get; } = new();

    public override bool IsKnown => true;

    public override string? ReadText(string path)
    {
        LookedFor.Add(path);
        return _files.TryGetValue(path, out var text) ? text : null;
    }
}
