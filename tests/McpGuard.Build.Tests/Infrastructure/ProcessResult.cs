using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace McpGuard.Build.Tests.Infrastructure;

/// <summary>What one <c>dotnet</c> invocation did: its command line, exit code and both output streams.</summary>
internal sealed class ProcessResult
{
    public ProcessResult(string workingDirectory, IReadOnlyList<string> arguments, int exitCode, string standardOutput, string standardError, TimeSpan duration)
    {
        WorkingDirectory = workingDirectory;
        Arguments = arguments;
        ExitCode = exitCode;
        StandardOutput = standardOutput;
        StandardError = standardError;
        Duration = duration;
    }

    public string WorkingDirectory { get; }

    public IReadOnlyList<string> Arguments { get; }

    public int ExitCode { get; }

    public string StandardOutput { get; }

    public string StandardError { get; }

    public TimeSpan Duration { get; }

    /// <summary>Both streams, for "appears nowhere" checks.</summary>
    public string AllOutput => StandardOutput + "\n" + StandardError;

    /// <summary>The command and its whole output, appended to every assertion message so a failure explains itself.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"> dotnet {string.Join(" ", Arguments)}\n");
        text.Append(CultureInfo.InvariantCulture, $"  (in {WorkingDirectory}; exit code {ExitCode}; {Duration.TotalSeconds:F1} s)\n");
        text.Append("--- stdout ---\n").Append(StandardOutput);
        text.Append("\n--- stderr ---\n").Append(StandardError);
        return text.ToString();
    }
}
