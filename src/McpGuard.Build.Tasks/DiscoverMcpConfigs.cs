using System;
using System.Collections.Generic;
using McpGuard.Discovery;
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

    /// <summary>Each file with <c>Client</c> metadata (the format id) and <c>McpGuardRole=config</c>.</summary>
    [Output]
    public ITaskItem[] Configs { get; private set; } = Array.Empty<ITaskItem>();

    /// <summary>The <c>.editorconfig</c> files that apply to those configurations (for the analyzer in the IDE).</summary>
    [Output]
    public ITaskItem[] EditorConfigs { get; private set; } = Array.Empty<ITaskItem>();

    public override bool Execute()
    {
        var files = new List<ConfigFile>(ConfigDiscovery.Discover(RepositoryRoot));
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
            var item = new TaskItem(file.Path);
            item.SetMetadata("Client", file.Format.Id);
            item.SetMetadata("McpGuardRole", "config");
            configs.Add(item);
            editorConfigPaths.UnionWith(locator.FindFor(file.Path));
        }

        Configs = configs.ToArray();
        var editorConfigs = new List<ITaskItem>();
        foreach (var path in editorConfigPaths)
        {
            var item = new TaskItem(path);
            item.SetMetadata("McpGuardRole", "editorconfig");
            editorConfigs.Add(item);
        }

        EditorConfigs = editorConfigs.ToArray();
        Log.LogMessage(MessageImportance.Normal, "McpGuard: found {0} configuration file(s) under '{1}'.", configs.Count, RepositoryRoot);
        return !Log.HasLoggedErrors;
    }
}
