using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.Build.Logging.StructuredLogger;

// McpGuard's own share of a build, read from its binary log (dotnet build -bl):
//   dotnet run --project tests/McpGuard.BuildCost -- [--detail] [--each] build1.binlog [build2.binlog ...]
// prints one line per log: "<file> <total ms> <calls into the scan project> <scan project builds that ran a task>
// <McpGuard task runs in the projects>" (and, with --detail, the milliseconds and count of every McpGuard target, task
// and evaluation; with --each, every McpGuard task of the projects with its start, duration and node). The counts do not depend on the machine's speed; the milliseconds do.
//
// What counts: every target named McpGuard*/_McpGuard* in the projects that reference the package, minus the time of
// the scan project builds nested inside it (the MSBuild calls wait for them); every build of McpGuard.Scan.proj
// (its targets and tasks); and every evaluation of McpGuard.Scan.proj. Not counted: the evaluation of McpGuard's
// props and targets inside the consumer projects (part of their evaluation, not a node of its own in the log).
var detail = args.Contains("--detail");
var each = args.Contains("--each");
foreach (var path in args.Where(argument => !argument.StartsWith("--", StringComparison.Ordinal)))
{
    var build = BinaryLog.ReadBuild(path);
    var parts = new SortedDictionary<string, (double Milliseconds, int Count)>(StringComparer.Ordinal);
    void Add(string name, TimeSpan duration)
    {
        parts.TryGetValue(name, out var part);
        parts[name] = (part.Milliseconds + duration.TotalMilliseconds, part.Count + 1);
    }

    var scanCalls = 0;
    var scanRuns = 0;
    var projectTasks = 0;
    build.VisitAllChildren<Target>(target =>
    {
        var project = target.GetNearestParent<Project>();
        if (project is not null && IsScanProject(project.ProjectFile))
        {
            return;
        }

        if (!target.Name.StartsWith("McpGuard", StringComparison.Ordinal) && !target.Name.StartsWith("_McpGuard", StringComparison.Ordinal))
        {
            return;
        }

        var nested = TimeSpan.Zero;
        target.VisitAllChildren<Project>(child => nested += child.Duration);
        Add("target " + target.Name, target.Duration - nested);
    });
    build.VisitAllChildren<Task>(task =>
    {
        var target = task.GetNearestParent<Target>();
        var project = task.GetNearestParent<Project>();
        if (target is not null && target.Name.StartsWith("_McpGuard", StringComparison.Ordinal) && (project is null || !IsScanProject(project.ProjectFile)))
        {
            projectTasks++;
            if (each)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {task.StartTime:HH:mm:ss.fff} {task.Duration.TotalMilliseconds,8:F1} ms {task.Name} node {task.NodeId} {Path.GetFileName(project?.ProjectFile)}"));
            }

            if (detail)
            {
                Add("  project task " + task.Name, task.Duration);
            }
        }
    });
    build.VisitAllChildren<Project>(project =>
    {
        if (IsScanProject(project.ProjectFile))
        {
            scanCalls++;
            Add("scan project build", project.Duration);
            var ran = false;
            project.VisitAllChildren<Task>(task =>
            {
                ran = true;
                if (detail)
                {
                    Add("  scan task " + task.Name, task.Duration);
                }
            });
            scanRuns += ran ? 1 : 0;
        }
    });
    build.VisitAllChildren<ProjectEvaluation>(evaluation =>
    {
        if (IsScanProject(evaluation.ProjectFile))
        {
            Add("scan project evaluation", evaluation.Duration);
        }
    });

    var total = parts.Where(part => !part.Key.StartsWith("  ", StringComparison.Ordinal)).Sum(part => part.Value.Milliseconds);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(path)} {total:F0} {scanCalls} {scanRuns} {projectTasks}"));
    if (detail)
    {
        foreach (var (name, (milliseconds, count)) in parts)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {name,-40} {milliseconds,8:F1} ms  x{count}"));
        }
    }
}

static bool IsScanProject(string? file) =>
    file is not null && string.Equals(Path.GetFileName(file), "McpGuard.Scan.proj", StringComparison.OrdinalIgnoreCase);
