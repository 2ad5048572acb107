using System;
using System.Collections.Generic;
using McpGuard.Model;

namespace McpGuard.Discovery;

/// <summary>One known place for a configuration file (an entry of <c>Data/config-locations.json</c>).</summary>
public sealed class ConfigLocation
{
    private readonly string[] _parentSegments;

    internal ConfigLocation(string fileName, string? parent, ConfigFormat format, bool rootOnly, IReadOnlyList<string> requiredKeys)
    {
        FileName = fileName;
        Parent = parent;
        Format = format;
        RootOnly = rootOnly;
        RequiredKeys = requiredKeys;
        _parentSegments = parent is null ? Array.Empty<string>() : parent.Split('/');
    }

    /// <summary>The file name, or <c>*.ext</c>.</summary>
    public string FileName { get; }

    public string? Parent { get; }

    public ConfigFormat Format { get; }

    public bool RootOnly { get; }

    /// <summary>For generic names (<c>server.json</c>): the file counts only if it mentions one of these top-level keys.</summary>
    public IReadOnlyList<string> RequiredKeys { get; }

    public bool Matches(string fileName, IReadOnlyList<string> folderSegments, bool atRoot)
    {
        if (RootOnly && !atRoot)
        {
            return false;
        }

        var nameMatches = FileName.StartsWith("*", StringComparison.Ordinal)
            ? fileName.EndsWith(FileName.Substring(1), StringComparison.OrdinalIgnoreCase) && fileName.Length > FileName.Length - 1
            : string.Equals(fileName, FileName, StringComparison.OrdinalIgnoreCase);
        if (!nameMatches || _parentSegments.Length > folderSegments.Count)
        {
            return false;
        }

        for (var i = 1; i <= _parentSegments.Length; i++)
        {
            if (!string.Equals(_parentSegments[_parentSegments.Length - i], folderSegments[folderSegments.Count - i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}
