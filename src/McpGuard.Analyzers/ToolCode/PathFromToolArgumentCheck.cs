using System.Collections.Immutable;
using McpGuard.Rules.ToolCode;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McpGuard.Analyzers.ToolCode;

/// <summary>
/// MCPG802: a path parameter of <c>File</c>, <c>Directory</c>, <c>FileStream</c>, <c>FileInfo</c> … receives a value
/// built from a tool (or resource) argument, and nothing in the method checks it: no <c>StartsWith(root)</c>,
/// <c>Path.GetRelativePath</c>, allow list, pattern or validating helper. <c>Path.GetFileName</c> strips folders.
/// </summary>
internal static class PathFromToolArgumentCheck
{
    internal static readonly DiagnosticDescriptor Rule = ToolCodeAnalyzer.CreateDescriptor(PathFromToolArgument.Rule);

    internal static void Check(ToolMethod tool, ToolFindings report)
    {
        foreach (var flow in tool.Flows)
        {
            foreach (var operation in flow.Operations)
            {
                var (member, arguments) = operation switch
                {
                    IInvocationOperation invocation => ((ISymbol?)invocation.TargetMethod, invocation.Arguments),
                    IObjectCreationOperation creation => (creation.Constructor, creation.Arguments),
                    _ => (null, ImmutableArray<IArgumentOperation>.Empty),
                };
                if (member is null || Effect(member) is not { } effect)
                {
                    continue;
                }

                // new FileInfo(path).Delete(), info.OpenRead(): the path the instance was created with.
                if (operation is IInvocationOperation { Instance: { } instance } && IsFileSystemInfo(instance.Type)
                    && flow.Taint(instance) is { } instanceTaint && !flow.IsGuarded(instance, "pathGuards") && !flow.IsGuarded(instance, "valueGuards"))
                {
                    report.Report(Rule, instance, null, tool.Name, instanceTaint, effect);
                }

                foreach (var argument in arguments)
                {
                    if (IsPathParameter(argument.Parameter) && flow.Taint(argument.Value) is { } taint
                        && !flow.IsGuarded(argument.Value, "pathGuards") && !flow.IsGuarded(argument.Value, "valueGuards"))
                    {
                        report.Report(Rule, argument.Value, null, tool.Name, taint, effect);
                    }
                }
            }
        }
    }

    private static bool IsFileSystemInfo(ITypeSymbol? type) =>
        type is INamedTypeSymbol named && Apis.IsType(named, "System.IO.FileSystemInfo");

    private static string? Effect(ISymbol member) =>
        Apis.Is("fileDelete", member) ? "deletes or moves"
        : Apis.Is("fileWrite", member) ? "writes to"
        : Apis.Is("fileRead", member) ? "reads from"
        : null;

    /// <summary><c>path</c>, <c>fileName</c>, <c>sourceFileName</c>, <c>destDirName</c> … of type string; not contents or patterns.</summary>
    private static bool IsPathParameter(IParameterSymbol? parameter)
    {
        if (parameter is null || parameter.Type.SpecialType != SpecialType.System_String)
        {
            return false;
        }

        var name = parameter.Name.ToLowerInvariant();
        return name.Contains("path") || name.Contains("file") || name.Contains("dir");
    }
}
