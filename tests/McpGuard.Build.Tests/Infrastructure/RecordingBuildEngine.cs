using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Build.Framework;

namespace McpGuard.Build.Tests.Infrastructure;

/// <summary>A build engine for running McpGuard's tasks in process: records every error, warning and message.</summary>
internal sealed class RecordingBuildEngine : IBuildEngine
{
    public List<BuildErrorEventArgs> Errors { get; } = new();

    public List<BuildWarningEventArgs> Warnings { get; } = new();

    public List<BuildMessageEventArgs> Messages { get; } = new();

    public bool ContinueOnError => false;

    public int LineNumberOfTaskNode => 0;

    public int ColumnNumberOfTaskNode => 0;

    public string ProjectFileOfTaskNode => "test.proj";

    /// <summary>Every error and warning as <c>code (line,col): message</c>.</summary>
    public IEnumerable<string> Diagnostics =>
        Errors.Select(e => $"{e.Code} ({e.LineNumber},{e.ColumnNumber}): {e.Message}")
            .Concat(Warnings.Select(w => $"{w.Code} ({w.LineNumber},{w.ColumnNumber}): {w.Message}"));

    /// <summary>Everything logged, as one text (to search it for what must never appear).</summary>
    public string AllText => string.Join("\n", Errors.Select(e => $"{e.File} {e.Code} {e.Message}")
        .Concat(Warnings.Select(w => $"{w.File} {w.Code} {w.Message}"))
        .Concat(Messages.Select(m => m.Message)));

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) =>
        throw new NotSupportedException();

    public void LogCustomEvent(CustomBuildEventArgs e)
    {
    }

    public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Add(e);

    public void LogMessageEvent(BuildMessageEventArgs e) => Messages.Add(e);

    public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Add(e);
}
