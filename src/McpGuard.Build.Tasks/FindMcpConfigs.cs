using System;
using System.Collections.Generic;
using McpGuard.Scanning;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace McpGuard.Build.Tasks;

/// <summary>
/// A project's side of discovery: validates every McpGuard switch of the project (MCPG009, at the project file), then
/// asks the scan project for the repository's configuration files, found once per build.
/// </summary>
public sealed class FindMcpConfigs : ScanProjectCall
{
    /// <summary>The <c>_McpGuardSetting</c> items: the property name, with its value as <c>Value</c> metadata.</summary>
    public ITaskItem[] Settings { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The project the errors point at.</summary>
    public string? ProjectFile { get; set; }

    /// <summary>A design-time build (the IDE loading the project): invalid switches keep their defaults and are reported by the next real build.</summary>
    public bool DesignTimeBuild { get; set; }

    [Required]
    public string RepositoryRoot { get; set; } = string.Empty;

    /// <summary>McpGuardUserHome: whose user-scope files are read with McpGuardIncludeUserConfigs=true.</summary>
    public string? UserHome { get; set; }

    /// <summary>McpGuardCacheDirectory: where the scan project keeps the walk's result.</summary>
    public string? CacheDirectory { get; set; }

    /// <summary>Each configuration file, with <c>Client</c> metadata (the format id) and <c>McpGuardRole=config</c>.</summary>
    [Output]
    public ITaskItem[] Configs { get; private set; } = Array.Empty<ITaskItem>();

    /// <summary>The <c>.editorconfig</c> files that apply to those configurations (for the analyzer in the IDE).</summary>
    [Output]
    public ITaskItem[] EditorConfigs { get; private set; } = Array.Empty<ITaskItem>();

    /// <summary>
    /// The discovery these files came from, as the global properties of the scan project's <c>Discover</c> call (the
    /// property name, with its value as <c>Value</c> metadata): <see cref="ScanMcpConfigs"/> hands the check this name
    /// and the project's changes to the list, not every discovered path.
    /// </summary>
    [Output]
    public ITaskItem[] Discovery { get; private set; } = Array.Empty<ITaskItem>();

    public override bool Execute()
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in Settings)
        {
            values[item.ItemSpec] = item.GetMetadata("Value");
        }

        var settings = McpGuardSettings.Read(name => values.TryGetValue(name, out var value) ? value : null);
        if (!DesignTimeBuild)
        {
            FindingLogger.LogInvalidSettings(Log, ProjectFile, settings.Problems);
        }

        if ((settings.Problems.Count > 0 && !DesignTimeBuild) || !settings.IsEnabled)
        {
            return !Log.HasLoggedErrors;
        }

        var properties = new Dictionary<string, string>
        {
            ["McpGuardRepositoryRoot"] = RepositoryRoot,
            ["McpGuardIncludeUserConfigs"] = settings.IncludesUserConfigs ? "true" : "false",
            ["McpGuardUserHome"] = settings.IncludesUserConfigs ? UserHome ?? string.Empty : string.Empty,
            ["McpGuardCacheDirectory"] = CacheDirectory ?? string.Empty,
        };
        var found = CallScanProject("Discover", properties);
        var configs = new List<ITaskItem>();
        var editorConfigs = new List<ITaskItem>();
        foreach (var item in found ?? Array.Empty<ITaskItem>())
        {
            (IsDiscoveredConfig(item) ? configs : editorConfigs).Add(item);
        }

        Configs = configs.ToArray();
        EditorConfigs = editorConfigs.ToArray();
        if (found is not null)
        {
            var discovery = new List<ITaskItem>(properties.Count);
            foreach (var property in properties)
            {
                var item = new TaskItem(property.Key);
                ((ITaskItem2)item).SetMetadataValueLiteral("Value", property.Value);
                discovery.Add(item);
            }

            Discovery = discovery.ToArray();
        }

        return found is not null && !Log.HasLoggedErrors;
    }
}
