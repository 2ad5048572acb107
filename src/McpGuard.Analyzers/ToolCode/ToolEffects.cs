using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McpGuard.Analyzers.ToolCode;

/// <summary>What a tool's body (and the helpers of its type it calls, two deep) does to the world, for MCPG806 and MCPG807.</summary>
internal static class ToolEffects
{
    public static List<Effect> Of(ToolMethod tool)
    {
        var effects = new List<Effect>();
        var seen = new HashSet<IOperation>();
        var pending = new Queue<(IOperation Body, int Depth)>();
        pending.Enqueue((tool.Body, 0));
        seen.Add(tool.Body);
        while (pending.Count > 0)
        {
            var (current, depth) = pending.Dequeue();

            // The tool's own flow is the one MCPG801-804 read (ForTool). A helper is read without tainted parameters, so
            // what it does depends on its body alone: once per helper in a compilation, whichever tool calls it.
            if (depth == 0)
            {
                Collect(tool.Flows[0], effects);
            }
            else
            {
                var helperDepth = depth;
                effects.AddRange(tool.HelperEffectsOf(current, () =>
                {
                    var helperEffects = new List<Effect>();
                    Collect(new TaintFlow(tool, current, new Dictionary<ISymbol, string>(SymbolEqualityComparer.Default), null, helperDepth), helperEffects);
                    return helperEffects;
                }));
            }

            if (depth >= 2)
            {
                continue;
            }

            foreach (var operation in tool.IndexOf(current).Operations)
            {
                if (operation is IInvocationOperation invocation && tool.BodyOf(invocation.TargetMethod.OriginalDefinition) is { } body && seen.Add(body))
                {
                    pending.Enqueue((body, depth + 1));
                }
            }
        }

        effects.Sort((left, right) => left.At.Syntax.SpanStart.CompareTo(right.At.Syntax.SpanStart));
        return effects;
    }

    private static void Collect(TaintFlow flow, List<Effect> effects)
    {
        foreach (var operation in flow.Operations)
        {
            ISymbol? member = operation switch
            {
                IInvocationOperation invocation => invocation.TargetMethod,
                IObjectCreationOperation creation => creation.Constructor,
                _ => null,
            };
            if (member is not null)
            {
                if (Apis.Is("fileDelete", member))
                {
                    effects.Add(new Effect(EffectKind.Delete, $"deletes or moves files ({Name(member)})", operation));
                }
                else if (Apis.Is("fileWrite", member) || IsWritingFileStream(operation))
                {
                    effects.Add(new Effect(EffectKind.Write, $"writes files ({Name(member)})", operation));
                }
                else if (Apis.Is("sqlExecute", member) && member.Name.StartsWith("ExecuteNonQuery", System.StringComparison.Ordinal))
                {
                    effects.Add(new Effect(EffectKind.SqlChange, $"runs SQL that changes data ({Name(member)})", operation));
                }
            }

            if (SqlFromToolArgumentCheck.SqlText(operation) is { } sql && ToolFlows.ConstantText(flow, sql) is { } text)
            {
                var keyword = SqlFromToolArgumentCheck.FirstKeyword(text);
                if (SqlFromToolArgumentCheck.IsKeywordIn("sqlDestroyKeywords", keyword))
                {
                    effects.Add(new Effect(EffectKind.SqlDestroy, $"runs {keyword!.ToUpperInvariant()} statements", sql));
                }
                else if (SqlFromToolArgumentCheck.IsKeywordIn("sqlChangeKeywords", keyword))
                {
                    effects.Add(new Effect(EffectKind.SqlChange, $"runs {keyword!.ToUpperInvariant()} statements", sql));
                }
            }
        }

        foreach (var start in flow.ProcessStarts)
        {
            // A fixed program (git status) is not evidence of change; a shell, or a program the model names, is.
            var program = ToolFlows.ConstantText(flow, start.FileName);
            if (start.FileName is not null && (program is null || McpGuard.ToolCode.ToolCodeApis.IsShell(program)))
            {
                effects.Add(new Effect(EffectKind.Process, program is null ? "starts processes (Process.Start)" : $"runs shell commands ({program})", start.FileName));
            }
        }
    }

    private static bool IsWritingFileStream(IOperation operation)
    {
        if (operation is not IObjectCreationOperation creation || creation.Type is not INamedTypeSymbol type || Apis.TypeKey(type) != "System.IO.FileStream")
        {
            return false;
        }

        foreach (var argument in creation.Arguments)
        {
            if (argument.Value.Type is INamedTypeSymbol enumType && argument.Value.ConstantValue.Value is int value)
            {
                // FileMode CreateNew 1, Create 2, Truncate 5, Append 6; FileAccess Write 2, ReadWrite 3.
                var name = Apis.TypeKey(enumType);
                if ((name == "System.IO.FileMode" && value is 1 or 2 or 5 or 6) || (name == "System.IO.FileAccess" && (value & 2) != 0))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string Name(ISymbol member) =>
        member is IMethodSymbol { MethodKind: MethodKind.Constructor } ? "new " + member.ContainingType.Name : member.ContainingType.Name + "." + member.Name;
}

internal enum EffectKind
{
    Write,
    Delete,
    Process,
    SqlChange,
    SqlDestroy,
}

internal readonly struct Effect
{
    public Effect(EffectKind kind, string description, IOperation at)
    {
        Kind = kind;
        Description = description;
        At = at;
    }

    public EffectKind Kind { get; }

    public string Description { get; }

    public IOperation At { get; }

    /// <summary>What <c>Destructive = false</c> denies: removing data or running arbitrary commands.</summary>
    public bool IsDestructive => Kind is EffectKind.Delete or EffectKind.Process or EffectKind.SqlDestroy;
}
