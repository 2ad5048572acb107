using System.Collections.Generic;
using System.Linq;

namespace McpGuard.Build.Tests.Infrastructure;

/// <summary>A finished <c>dotnet build</c>: the process result and its parsed log.</summary>
internal sealed class BuildRun
{
    public BuildRun(ProcessResult process)
    {
        Process = process;
        Log = BuildLog.Parse(process.StandardOutput + "\n" + process.StandardError);
    }

    public ProcessResult Process { get; }

    public BuildLog Log { get; }

    public int ExitCode => Process.ExitCode;

    /// <summary>McpGuard's findings (MCPxxx) in the log proper, in the order they were logged.</summary>
    public IReadOnlyList<BuildDiagnostic> Findings => Log.Diagnostics.Where(d => d.Code.StartsWith("MCPG", System.StringComparison.Ordinal)).ToList();

    public string Describe() => Process.Describe();
}
