using System;
using System.Collections.Generic;
using System.IO;
using McpGuard.Scanning;
using McpGuard.Suppression;
using Microsoft.Build.Framework;

namespace McpGuard.Build.Tasks;

/// <summary>
/// A project's side of the check: turns its items and properties into one <see cref="ScanInput"/> and asks the scan
/// project to check (or, with <see cref="Target"/> <c>WriteBaseline</c>, to write the baseline). Projects with equal
/// inputs ask for the same scan, which MSBuild runs and logs once per build.
/// </summary>
public sealed class ScanMcpConfigs : ScanProjectCall
{
    /// <summary><c>Check</c> (default) or <c>WriteBaseline</c>.</summary>
    public string Target { get; set; } = "Check";

    /// <summary>The <c>McpGuardConfig</c> items (<c>Client</c> metadata: the format id).</summary>
    public ITaskItem[] Configs { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>
    /// <see cref="FindMcpConfigs.Discovery"/>: the discovery <see cref="Configs"/> started from. The scan input then names
    /// it and lists only the project's changes to its files; empty: every configuration is listed.
    /// </summary>
    public ITaskItem[] Discovery { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The <c>McpGuardSuppress</c> items (rule id; <c>File</c>, <c>Server</c>, <c>JsonPath</c>, <c>Justification</c> metadata).</summary>
    public ITaskItem[] Suppressions { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The <c>_McpGuardSetting</c> items (validated by <see cref="FindMcpConfigs"/>).</summary>
    public ITaskItem[] Settings { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The project's <c>.globalconfig</c> files (missing ones are ignored).</summary>
    public ITaskItem[] GlobalConfigs { get; set; } = Array.Empty<ITaskItem>();

    public string? NoWarn { get; set; }

    public string? WarningsAsErrors { get; set; }

    public string? WarningsNotAsErrors { get; set; }

    public bool TreatWarningsAsErrors { get; set; }

    public string? RepositoryRoot { get; set; }

    public string? SarifFile { get; set; }

    /// <summary><c>McpGuardCodeQualityFile</c>: where GitLab's code quality report goes; empty: none.</summary>
    public string? CodeQualityFile { get; set; }

    /// <summary>The <c>McpGuardAdvisorySource</c> items: folders, <c>.zip</c> or <c>.json</c> files of OSV records.</summary>
    public ITaskItem[] AdvisorySources { get; set; } = Array.Empty<ITaskItem>();

    public string? BaselineFile { get; set; }

    public string? PolicyFile { get; set; }

    public string? CacheDirectory { get; set; }

    public override bool Execute()
    {
        var input = new ScanInput
        {
            TreatWarningsAsErrors = TreatWarningsAsErrors,
            RepositoryRoot = Blank(RepositoryRoot),
            SarifFile = Blank(SarifFile),
            CodeQualityFile = Blank(CodeQualityFile),
            BaselineFile = Blank(BaselineFile),
            PolicyFile = Blank(PolicyFile),
            CacheDirectory = Blank(CacheDirectory),
        };
        input.NoWarn.AddRange(ScanInput.RuleIds(NoWarn));
        input.WarningsAsErrors.AddRange(ScanInput.RuleIds(WarningsAsErrors));
        input.WarningsNotAsErrors.AddRange(ScanInput.RuleIds(WarningsNotAsErrors));
        foreach (var setting in Settings)
        {
            input.Settings[setting.ItemSpec] = setting.GetMetadata("Value");
        }

        AddConfigs(input);

        foreach (var source in AdvisorySources)
        {
            input.AdvisorySources.Add(source.GetMetadata("FullPath"));
        }

        foreach (var globalConfig in GlobalConfigs)
        {
            var path = globalConfig.GetMetadata("FullPath");
            if (path.Length > 0 && File.Exists(path))
            {
                input.GlobalConfigs.Add(path);
            }
        }

        foreach (var item in Suppressions)
        {
            input.Suppressions.Add(new SuppressionEntry(
                item.ItemSpec, Blank(item.GetMetadata("File")), Blank(item.GetMetadata("Server")), Blank(item.GetMetadata("JsonPath")),
                Blank(item.GetMetadata("Justification")), Blank(item.GetMetadata("DefiningProjectFullPath"))));
        }

        var properties = new Dictionary<string, string> { ["McpGuardScan"] = input.Serialize() };
        return CallScanProject(Target, properties) is not null && !Log.HasLoggedErrors;
    }

    private void AddConfigs(ScanInput input)
    {
        var discovery = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in Discovery)
        {
            discovery[property.ItemSpec] = property.GetMetadata("Value");
        }

        // Answered from the node's memory: FindMcpConfigs asked the same question in this project.
        var discovered = discovery.Count == 0 ? null : CallScanProject("Discover", discovery);
        if (discovered is null)
        {
            foreach (var config in Configs)
            {
                input.Configs.Add(ConfigOf(config));
            }

            return;
        }

        foreach (var property in discovery)
        {
            input.Discovery[property.Key] = property.Value;
        }

        if (KeepsDiscoveredList(discovered))
        {
            return;
        }

        var unmatched = new Dictionary<string, ITaskItem>(StringComparer.Ordinal);
        foreach (var item in discovered)
        {
            if (IsDiscoveredConfig(item))
            {
                unmatched[item.ItemSpec] = item;
            }
        }

        // What the project kept leaves the discovered list; what it added or gave another client travels; what is left was removed.
        foreach (var config in Configs)
        {
            var client = config.GetMetadata("Client");
            if (unmatched.TryGetValue(config.ItemSpec, out var item) && item.GetMetadata("Client") == client)
            {
                unmatched.Remove(config.ItemSpec);
            }
            else
            {
                input.Configs.Add(ConfigOf(config));
            }
        }

        foreach (var item in unmatched.Values)
        {
            input.RemovedConfigs.Add(item.GetMetadata("FullPath"));
        }
    }

    /// <summary>The usual case, checked without allocating: the project's items are the discovered files, in order, unchanged.</summary>
    private bool KeepsDiscoveredList(ITaskItem[] discovered)
    {
        var index = 0;
        foreach (var item in discovered)
        {
            if (!IsDiscoveredConfig(item))
            {
                continue;
            }

            if (index == Configs.Length || Configs[index].ItemSpec != item.ItemSpec || Configs[index].GetMetadata("Client") != item.GetMetadata("Client"))
            {
                return false;
            }

            index++;
        }

        return index == Configs.Length;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
}
