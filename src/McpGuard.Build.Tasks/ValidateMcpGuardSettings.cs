using System;
using System.Collections.Generic;
using McpGuard.Scanning;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace McpGuard.Build.Tasks;

/// <summary>Reports every invalid McpGuard switch of a project as MCPG009 (see <see cref="McpGuardSettings"/>).</summary>
public sealed class ValidateMcpGuardSettings : Task
{
    /// <summary>The <c>_McpGuardSetting</c> items: the property name, with its value as <c>Value</c> metadata.</summary>
    public ITaskItem[] Settings { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The project the errors point at.</summary>
    public string? ProjectFile { get; set; }

    public override bool Execute()
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in Settings)
        {
            values[item.ItemSpec] = item.GetMetadata("Value");
        }

        var settings = McpGuardSettings.Read(name => values.TryGetValue(name, out var value) ? value : null);
        FindingLogger.LogInvalidSettings(Log, ProjectFile, settings.Problems);
        return !Log.HasLoggedErrors;
    }
}
