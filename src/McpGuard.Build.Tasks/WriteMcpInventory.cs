using System;
using System.Collections.Generic;
using System.IO;
using McpGuard.Discovery;
using McpGuard.Inventory;
using McpGuard.Model;
using McpGuard.Scanning;
using McpGuard.Severity;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace McpGuard.Build.Tasks;

/// <summary>Writes <c>inventory.json</c> and <c>inventory.md</c>: every server, what it runs, what it can do, what was found.</summary>
public sealed class WriteMcpInventory : Task
{
    [Required]
    public ITaskItem[] Configs { get; set; } = Array.Empty<ITaskItem>();

    [Required]
    public string RepositoryRoot { get; set; } = string.Empty;

    [Required]
    public string OutputDirectory { get; set; } = string.Empty;

    public string? NoWarn { get; set; }

    public string? WarningsAsErrors { get; set; }

    public string? WarningsNotAsErrors { get; set; }

    public bool TreatWarningsAsErrors { get; set; }

    /// <summary>The baseline (<c>mcpguard.baseline.json</c>): the findings it accepts are listed as baselined.</summary>
    public string? BaselineFile { get; set; }

    [Output]
    public ITaskItem[] Files { get; private set; } = Array.Empty<ITaskItem>();

    public override bool Execute()
    {
        var configs = new List<ConfigFile>();
        foreach (var item in Configs)
        {
            if (ConfigFormat.TryGetById(item.GetMetadata("Client"), out var format))
            {
                configs.Add(new ConfigFile(item.GetMetadata("FullPath"), format));
            }
        }

        var options = new SeverityOptions(
            SeverityOptions.SplitList(NoWarn), SeverityOptions.SplitList(WarningsAsErrors), SeverityOptions.SplitList(WarningsNotAsErrors), TreatWarningsAsErrors);
        var request = new ScanRequest(configs, Array.Empty<string>(), options) { RepositoryRoot = RepositoryRoot, BaselineFile = BaselineFile };
        var entries = InventoryBuilder.Build(ConfigScanner.ScanWithDocuments(request), RepositoryRoot);
        Directory.CreateDirectory(OutputDirectory);
        var json = Path.Combine(OutputDirectory, "inventory.json");
        var markdown = Path.Combine(OutputDirectory, "inventory.md");
        File.WriteAllText(json, InventoryWriter.ToJson(entries));
        File.WriteAllText(markdown, InventoryWriter.ToMarkdown(entries));
        Files = new ITaskItem[] { new TaskItem(json), new TaskItem(markdown) };
        Log.LogMessage(MessageImportance.High, "McpGuard inventory: {0} server(s) -> {1}", entries.Count, markdown);
        return !Log.HasLoggedErrors;
    }
}
