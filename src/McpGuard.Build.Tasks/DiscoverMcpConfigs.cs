using System;
using System.Collections.Generic;
using McpGuard.Discovery;
using McpGuard.Scanning;
using McpGuard.Severity;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace McpGuard.Build.Tasks;

/// <summary>Finds the MCP configuration files of a repository (and, on request, of the user) as <c>McpGuardConfig</c> items.</summary>
public sealed class DiscoverMcpConfigs : Task
{
    [Required]
    public string RepositoryRoot { get; set; } = string.Empty;

    public bool IncludeUserConfigs { get; set; }

    /// <summary>The user's home folder; defaults to the current user's profile.</summary>
    public string? UserHome { get; set; }

    /// <summary><c>McpGuardCacheDirectory</c>: where the walk's result is kept (see <see cref="DiscoveryCache"/>); empty: the user's own cache folder.</summary>
    public string? CacheDirectory { get; set; }

    /// <summary>Each file with <c>Client</c> metadata (the format id) and <c>McpGuardRole=config</c>.</summary>
    [Output]
    public ITaskItem[] Configs { get; private set; } = Array.Empty<ITaskItem>();

    /// <summary>The <c>.editorconfig</c> files that apply to those configurations (for the analyzer in the IDE).</summary>
    [Output]
    public ITaskItem[] EditorConfigs { get; private set; } = Array.Empty<ITaskItem>();

    public override bool Execute()
    {
        try
        {
            return Discover();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Never MSB4018 with a stack trace: one error that names the failure and where to report it.
            FindingLogger.LogFailure(Log, nameof(DiscoverMcpConfigs), exception);
            return false;
        }
    }

    private bool Discover()
    {
        var files = new List<ConfigFile>(DiscoveryCache.Discover(RepositoryRoot, PrivateCacheFolder.Resolve(CacheDirectory), out var reused));
        if (IncludeUserConfigs)
        {
            var home = string.IsNullOrEmpty(UserHome) ? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) : UserHome!;
            files.AddRange(ConfigDiscovery.DiscoverUserFiles(home));
        }

        var configs = new List<ITaskItem>(files.Count);
        var editorConfigPaths = new SortedSet<string>(StringComparer.Ordinal);
        var locator = new EditorConfigLocator();
        foreach (var file in files)
        {
            var item = new TaskItem(Escape(file.Path));
            item.SetMetadata("Client", file.Format.Id);
            item.SetMetadata("McpGuardRole", "config");
            configs.Add(item);
            editorConfigPaths.UnionWith(locator.FindFor(file.Path));
        }

        Configs = configs.ToArray();
        var editorConfigs = new List<ITaskItem>();
        foreach (var path in editorConfigPaths)
        {
            var item = new TaskItem(Escape(path));
            item.SetMetadata("McpGuardRole", "editorconfig");
            editorConfigs.Add(item);
        }

        EditorConfigs = editorConfigs.ToArray();
        Log.LogMessage(MessageImportance.Normal, "McpGuard: found {0} configuration file(s) under '{1}'{2}.", configs.Count, RepositoryRoot, reused ? " (no folder changed since the last walk)" : string.Empty);
        return !Log.HasLoggedErrors;
    }

    /// <summary>
    /// A task item's spec is read as MSBuild-escaped text: a folder named <c>a%41</c> or <c>x;y</c> must be escaped, or
    /// MSBuild turns it into <c>aA</c> or two items.
    /// </summary>
    internal static string Escape(string path)
    {
        var escaped = new System.Text.StringBuilder(path.Length);
        foreach (var c in path)
        {
            if (c is '%' or '*' or '?' or '@' or '$' or '(' or ')' or ';' or '\'')
            {
                escaped.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }
}
