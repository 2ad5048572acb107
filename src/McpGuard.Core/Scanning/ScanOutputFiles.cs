using System;
using System.IO;
using McpGuard.Reporting;
using McpGuard.Suppression;

namespace McpGuard.Scanning;

/// <summary>The files a scan writes besides its findings: the SARIF log, GitLab's code quality report and, on request, the baseline.</summary>
public static class ScanOutputFiles
{
    /// <summary>
    /// Writes the SARIF log of <paramref name="result"/> when the request names one. Returns null when it was written or
    /// up to date (<paramref name="written"/> says which), else why not (the exception's type: its text would repeat the path).
    /// </summary>
    public static string? TryWriteSarif(ScanResult result, ScanRequest request, out bool written)
    {
        written = false;
        if (request.SarifFile is null)
        {
            return null;
        }

        try
        {
            var baselineInUse = request.BaselineFile is not null && File.Exists(request.BaselineFile) && result.BaselineProblem is null;
            written = SarifLog.WriteFile(request.SarifFile, SarifLog.ToJson(result, request.RepositoryRoot, baselineInUse));
            return null;
        }
        catch (Exception exception) when (IsWriteFailure(exception))
        {
            return exception.GetType().Name;
        }
    }

    /// <summary>Writes GitLab's code quality report of <paramref name="result"/> when the request names one; null, or why not.</summary>
    public static string? TryWriteCodeQuality(ScanResult result, ScanRequest request, out bool written)
    {
        written = false;
        if (request.CodeQualityFile is null)
        {
            return null;
        }

        try
        {
            written = SarifLog.WriteFile(request.CodeQualityFile, CodeQualityReport.ToJson(result, request.RepositoryRoot));
            return null;
        }
        catch (Exception exception) when (IsWriteFailure(exception))
        {
            return exception.GetType().Name;
        }
    }

    /// <summary>Writes every finding of <paramref name="result"/> to the baseline at <paramref name="path"/>; null or why not.</summary>
    public static string? TryWriteBaseline(ScanResult result, string path, string? repositoryRoot, out int entries)
    {
        var baseline = Baseline.From(result.Findings, repositoryRoot);
        entries = baseline.Entries.Count;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            File.WriteAllText(path, baseline.ToJson());
            return null;
        }
        catch (Exception exception) when (IsWriteFailure(exception))
        {
            return exception.GetType().Name;
        }
    }

    /// <summary>Where <c>-t:McpGuardBaseline</c> writes: the configured file, else <c>mcpguard.baseline.json</c> at the root.</summary>
    public static string BaselinePath(string? configured, string? repositoryRoot) =>
        !string.IsNullOrWhiteSpace(configured) ? configured!.Trim() : Path.Combine(repositoryRoot ?? Directory.GetCurrentDirectory(), Baseline.DefaultFileName);

    private static bool IsWriteFailure(Exception exception) =>
        exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException;
}
