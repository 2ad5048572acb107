using System;
using System.Collections;
using System.Collections.Generic;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace McpGuard.Build.Tasks;

/// <summary>
/// A call from a project into <c>McpGuard.Scan.proj</c>, as the <c>MSBuild</c> task would make it: MSBuild builds each
/// (target, global properties) pair of the scan project once per build, whichever node asks, so discovery and the
/// check run once. A call that succeeded is remembered in the node for the rest of the build; the same call from the
/// next project on that node is answered from memory instead of a round trip through the build's scheduler. The
/// remembered items are shared, never changed: MSBuild copies a task's output items into the project that receives them.
/// </summary>
public abstract class ScanProjectCall : Task
{
    /// <summary>McpGuard.Scan.proj.</summary>
    [Required]
    public string ScanProject { get; set; } = string.Empty;

    /// <summary>The task assembly the scan project loads (McpGuardTaskAssembly).</summary>
    public string? TaskAssembly { get; set; }

    /// <summary>Global properties of the calling build that do not change what a scan finds (removed, as the MSBuild task's <c>RemoveProperties</c>).</summary>
    public string? RemoveProperties { get; set; }

    /// <summary>Whether an item of the scan project's <c>Discover</c> answer is a configuration file (the others are <c>.editorconfig</c> files).</summary>
    protected static bool IsDiscoveredConfig(ITaskItem item) => item.GetMetadata("McpGuardRole") == "config";

    /// <summary>A configuration item (<c>McpGuardConfig</c>, or one of the discovery's) as the scan input lists it: the client format id and the full path.</summary>
    protected static (string Client, string Path) ConfigOf(ITaskItem item) => (item.GetMetadata("Client"), item.GetMetadata("FullPath"));

    /// <summary>Builds <paramref name="target"/> of the scan project with <paramref name="properties"/>; its outputs, or null when it failed.</summary>
    protected ITaskItem[]? CallScanProject(string target, IDictionary<string, string> properties)
    {
        var global = new Dictionary<string, string>(properties, StringComparer.OrdinalIgnoreCase);
        if (!string.IsNullOrEmpty(TaskAssembly))
        {
            global["McpGuardTaskAssembly"] = TaskAssembly!;
        }

        var key = MemoKey(target, global);
        if (BuildEngine is IBuildEngine4 memory && memory.GetRegisteredTaskObject(key, RegisteredTaskObjectLifetime.Build) is ITaskItem[] remembered)
        {
            return remembered;
        }

        if (BuildEngine is not IBuildEngine3 engine)
        {
            throw new NotSupportedException("McpGuard needs MSBuild 15 or later (IBuildEngine3).");
        }

        var remove = new List<string>(SeverityListSplit(RemoveProperties));
        var result = engine.BuildProjectFilesInParallel(
            new[] { ScanProject }, new[] { target }, new IDictionary[] { global }, new IList<string>[] { remove }, new string?[] { null }!, returnTargetOutputs: true);
        if (!result.Result)
        {
            return null;
        }

        var outputs = result.TargetOutputsPerProject.Count > 0 && result.TargetOutputsPerProject[0].TryGetValue(target, out var items) ? items : Array.Empty<ITaskItem>();

        // Remembered only once it succeeded: a failed scan is asked again, and fails each caller as the MSBuild task would.
        (BuildEngine as IBuildEngine4)?.RegisterTaskObject(key, outputs, RegisteredTaskObjectLifetime.Build, allowEarlyCollection: false);
        return outputs;
    }

    private string MemoKey(string target, Dictionary<string, string> global)
    {
        var key = new StringBuilder("McpGuard.ScanProjectCall|").Append(ScanProject).Append('|').Append(target);
        var names = new List<string>(global.Keys);
        names.Sort(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            key.Append('|').Append(name).Append('=').Append(global[name]);
        }

        return key.ToString();
    }

    private static IEnumerable<string> SeverityListSplit(string? list)
    {
        foreach (var name in (list ?? string.Empty).Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (name.Trim().Length > 0)
            {
                yield return name.Trim();
            }
        }
    }
}
