using System;
using McpGuard.Rules;
using McpGuard.Rules.Configuration;
using McpGuard.Scanning;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace McpGuard.Build.Tasks;

/// <summary>Writes a finding in MSBuild's canonical form: <c>path(line,col,endLine,endCol): warning MCPG201: message</c>.</summary>
internal static class FindingLogger
{
    public static void Log(TaskLoggingHelper log, ReportedFinding finding)
    {
        // The help link travels in the message too: older MSBuild loggers do not print helpLink.
        var message = finding.Message + " (" + finding.HelpUri + ")";
        switch (finding.Severity)
        {
            case RuleSeverity.Error:
                log.LogError(null, finding.RuleId, finding.RuleId, finding.HelpUri, finding.Path, finding.Line, finding.Column, finding.EndLine, finding.EndColumn, "{0}", message);
                break;
            case RuleSeverity.Warning:
                log.LogWarning(null, finding.RuleId, finding.RuleId, finding.HelpUri, finding.Path, finding.Line, finding.Column, finding.EndLine, finding.EndColumn, "{0}", message);
                break;
            case RuleSeverity.Info:
                // A suggestion: visible in the IDE; on the command line only at detailed verbosity.
                log.LogMessage(null, finding.RuleId, finding.RuleId, finding.Path, finding.Line, finding.Column, finding.EndLine, finding.EndColumn, MessageImportance.Low, "{0}: {1}", finding.RuleId, message);
                break;
        }
    }

    /// <summary>One MCPG009 error per invalid setting (<see cref="McpGuardSettings.Problems"/>), at <paramref name="file"/> when given.</summary>
    public static void LogInvalidSettings(TaskLoggingHelper log, string? file, System.Collections.Generic.IEnumerable<string> problems)
    {
        var rule = SettingMustBeValidRule.Rule;
        foreach (var problem in problems)
        {
            log.LogError(null, rule.Id, rule.Id, rule.HelpUri, file, 0, 0, 0, 0, "{0}", problem);
        }
    }

    /// <summary>An MCPG001 error without a file for a failure of the task itself (the exception's type only, never its text).</summary>
    public static void LogFailure(TaskLoggingHelper log, string taskName, Exception exception)
    {
        var rule = ConfigurationMustParseRule.Rule;
        log.LogError(null, rule.Id, rule.Id, rule.HelpUri, null, 0, 0, 0, 0, "{0}", "McpGuard could not check the configuration files: " + ConfigChecker.Failure("the " + taskName + " task", exception));
    }
}
