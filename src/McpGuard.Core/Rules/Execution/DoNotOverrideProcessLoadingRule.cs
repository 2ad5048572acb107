using System;
using System.Collections.Generic;
using McpGuard.Launch;

namespace McpGuard.Rules.Execution;

/// <summary>
/// MCPG306: <c>PATH</c>, <c>LD_PRELOAD</c>, <c>DYLD_*</c>, <c>NODE_OPTIONS</c> that loads code, <c>PYTHONPATH</c>,
/// <c>DOTNET_STARTUP_HOOKS</c>, <c>HOME</c> … set by the file. A value that only passes the variable on (<c>${PATH}</c>) is fine,
/// and so is a module search path (<c>PYTHONPATH</c>, <c>NODE_PATH</c>) that stays inside the repository or is the folder
/// holding the script the server runs.
/// </summary>
public sealed class DoNotOverrideProcessLoadingRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.ProcessHijackingEnvironment,
        title: "Do not override variables that control what code loads",
        messageFormat: "{0} sets '{1}' at '{2}'; it decides which programs, libraries or modules the process loads, so the file can run code the server never shipped: leave it to the developer's environment",
        RuleCategories.Execution,
        RuleSeverity.Warning,
        description: "Variables such as PATH, LD_PRELOAD, NODE_OPTIONS and DOTNET_STARTUP_HOOKS redirect a trusted program to other code; a committed value applies to everyone who opens the project.");

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(RuleContext context)
    {
        foreach (var variable in EnvironmentValue.Collect(context, containers: false))
        {
            var name = variable.Name.ToUpperInvariant();
            if (IsHijack(name, variable.Value) && !(LaunchRisks.ModuleSearchPaths.Contains(name) && IsOwnCode(name, variable, context.Document.Path)))
            {
                context.Report(Rule, variable.Node.Span, context.DescribeOwner(variable.Node), variable.Name, variable.Node.GetPath());
            }
        }
    }

    private static bool IsOwnCode(string name, EnvironmentValue variable, string documentPath)
    {
        if (ModuleSearchPath.StaysInsideRepository(name, variable.Value, documentPath))
        {
            return true;
        }

        if (variable.Server is not { } server)
        {
            return false;
        }

        var serverPaths = new List<string>();
        if (server.Command is { } command)
        {
            serverPaths.Add(command.Value);
        }

        foreach (var argument in server.Args)
        {
            serverPaths.Add(argument.Value);
        }

        return ModuleSearchPath.HoldsTheServersOwnCode(variable.Value, serverPaths);
    }


    internal static bool IsHijack(string name, string value)
    {
        var listed = LaunchRisks.HijackEnvironment.Contains(name);
        foreach (var prefix in LaunchRisks.HijackEnvironmentPrefixes)
        {
            listed |= name.StartsWith(prefix, StringComparison.Ordinal);
        }

        if (!listed || IsPassThrough(name, value))
        {
            return false;
        }

        if (name != "NODE_OPTIONS")
        {
            return true;
        }

        foreach (var token in value.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = token.IndexOf('=');
            if (LaunchRisks.NodeOptionsThatLoadCode.Contains(equals > 0 ? token.Substring(0, equals) : token))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>"PATH": "${PATH}"</c>, <c>"${env:PATH}"</c>, <c>"%PATH%"</c>: the value the process would get anyway.</summary>
    private static bool IsPassThrough(string name, string value)
    {
        var trimmed = value.Trim();
        return trimmed.Length == 0 || string.Equals(trimmed, "$" + name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(trimmed, "${" + name + "}", StringComparison.OrdinalIgnoreCase)
            || string.Equals(trimmed, "${env:" + name + "}", StringComparison.OrdinalIgnoreCase)
            || string.Equals(trimmed, "%" + name + "%", StringComparison.OrdinalIgnoreCase);
    }
}
