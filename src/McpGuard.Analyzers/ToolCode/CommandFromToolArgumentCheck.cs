using System.Collections.Generic;
using System.Linq;
using McpGuard.Rules.ToolCode;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using McpGuard.ToolCode;

namespace McpGuard.Analyzers.ToolCode;

/// <summary>
/// MCPG801: a tool argument reaches <c>Process.Start</c>, <c>ProcessStartInfo</c> (<c>FileName</c>, <c>Arguments</c>,
/// <c>ArgumentList</c>) or CliWrap. Error when it is the program or part of a shell's script (<c>bash -c</c>,
/// <c>cmd /c</c>, <c>pwsh -Command</c>); Warning when it is an argument of a program the code names.
/// </summary>
internal static class CommandFromToolArgumentCheck
{
    internal static readonly DiagnosticDescriptor Rule = ToolCodeAnalyzer.CreateDescriptor(CommandFromToolArgument.Rule);

    internal static void Check(ToolMethod tool, ToolFindings report)
    {
        foreach (var flow in tool.Flows)
        {
            foreach (var start in flow.ProcessStarts)
            {
                Check(flow, tool, start, report);
            }
        }
    }

    private static void Check(TaintFlow flow, ToolMethod tool, ProcessStarts.Start start, ToolFindings report)
    {
        if (flow.Taint(start.FileName) is { } programTaint && !flow.IsGuarded(start.FileName!, "valueGuards"))
        {
            report.Report(Rule, start.FileName!, null, tool.Name, programTaint, "the program it starts", "the program");
            return;
        }

        var program = ToolFlows.ConstantText(flow, start.FileName);
        var name = program ?? "a program";
        var isShell = program is not null && ToolCodeApis.IsShell(program);
        foreach (var arguments in start.ArgumentStrings)
        {
            var pieces = flow.Pieces(arguments);
            var before = new System.Text.StringBuilder();
            foreach (var piece in pieces)
            {
                if (piece.Taint is { } taint)
                {
                    if (flow.IsGuarded(piece.Operation, "valueGuards"))
                    {
                        continue;
                    }

                    if (isShell && ScriptOption(program!, before.ToString()) is { } option)
                    {
                        report.Report(Rule, arguments, null, tool.Name, taint, $"a shell script ('{program} {option}')", "the command");
                    }
                    else
                    {
                        report.Report(Rule, arguments, DiagnosticSeverity.Warning, tool.Name, taint, $"the arguments of '{name}'", "the options it passes");
                    }

                    break;
                }

                before.Append(piece.Text).Append(' ');
            }
        }

        string? scriptOption = null;
        foreach (var item in start.ArgumentList)
        {
            if (flow.Taint(item) is { } taint)
            {
                if (flow.IsGuarded(item, "valueGuards"))
                {
                    continue;
                }

                if (scriptOption is not null)
                {
                    report.Report(Rule, item, null, tool.Name, taint, $"a shell script ('{program} {scriptOption}')", "the command");
                }
                else
                {
                    report.Report(Rule, item, DiagnosticSeverity.Warning, tool.Name, taint, $"the arguments of '{name}'", "the options it passes");
                }
            }
            else if (isShell && ToolFlows.ConstantText(flow, item) is { } word && ToolCodeApis.IsShellScriptOption(program!, word.Trim()))
            {
                scriptOption = word.Trim();
            }
        }
    }

    /// <summary>The script option among the words before a tainted part, e.g. <c>-c</c> in <c>"-c \""</c>.</summary>
    private static string? ScriptOption(string program, string textBefore)
    {
        foreach (var word in textBefore.Split(new[] { ' ', '\t', '"', '\'' }, System.StringSplitOptions.RemoveEmptyEntries))
        {
            if (ToolCodeApis.IsShellScriptOption(program, word))
            {
                return word;
            }
        }

        return null;
    }
}

/// <summary>The process starts of one body: the program, the argument strings and the argument-list items of each.</summary>
internal static class ProcessStarts
{
    public static List<Start> In(TaintFlow flow)
    {
        var starts = new Dictionary<object, Start>();
        Start For(object key)
        {
            if (!starts.TryGetValue(key, out var start))
            {
                starts[key] = start = new Start();
            }

            return start;
        }

        foreach (var operation in flow.Operations)
        {
            switch (operation)
            {
                case IInvocationOperation invocation when Apis.Is("processStart", invocation.TargetMethod) || IsArgumentListAdd(invocation):
                    AddCall(invocation, For);
                    break;
                case IObjectCreationOperation creation when creation.Constructor is { } constructor && Apis.Is("processStart", constructor):
                    var start = For(KeyOfCreation(creation));
                    start.FileName ??= ToolFlows.Argument(creation.Arguments, "fileName");
                    AddIfPresent(start.ArgumentStrings, ToolFlows.Argument(creation.Arguments, "arguments"));
                    break;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment
                    when Apis.Is("processStart", property.Property) && KeyOf(property.Instance) is { } key:
                    if (property.Property.Name == "FileName")
                    {
                        For(key).FileName = assignment.Value;
                    }
                    else if (property.Property.Name == "Arguments")
                    {
                        For(key).ArgumentStrings.Add(assignment.Value);
                    }

                    break;
            }
        }

        return starts.Values.ToList();
    }

    private static void AddCall(IInvocationOperation invocation, System.Func<object, Start> startFor)
    {
        var method = invocation.TargetMethod;
        if (method.Name == "Add" && ArgumentListOf(invocation) is { } list && KeyOf(list.Instance) is { } listKey)
        {
            // psi.ArgumentList.Add(x), or ArgumentList = { "-c", x } in an initializer.
            AddIfPresent(startFor(listKey).ArgumentList, invocation.Arguments.FirstOrDefault()?.Value);
            return;
        }

        if (method.Name == "Start" && method.IsStatic)
        {
            var start = startFor(invocation);
            start.FileName = ToolFlows.Argument(invocation.Arguments, "fileName");
            if (ToolFlows.Argument(invocation.Arguments, "arguments") is { } arguments)
            {
                if (arguments.Type?.SpecialType == SpecialType.System_String)
                {
                    start.ArgumentStrings.Add(arguments);
                }
                else if (arguments is IArrayCreationOperation { Initializer: { } initializer })
                {
                    start.ArgumentList.AddRange(initializer.ElementValues);
                }
                else
                {
                    start.ArgumentList.Add(arguments);
                }
            }

            return;
        }

        if (method.Name == "Wrap")
        {
            startFor(invocation).FileName = invocation.Arguments.FirstOrDefault()?.Value;
        }
        else if (method.Name == "WithArguments" && invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == (method.IsExtensionMethod ? 1 : 0))?.Value is { } value)
        {
            var start = startFor(invocation);
            if (invocation.Instance is IInvocationOperation { TargetMethod.Name: "Wrap" } wrap)
            {
                start.FileName = wrap.Arguments.FirstOrDefault()?.Value;
            }

            if (value.Type?.SpecialType == SpecialType.System_String)
            {
                start.ArgumentStrings.Add(value);
            }
            else
            {
                start.ArgumentList.Add(value);
            }
        }
    }

    private static bool IsArgumentListAdd(IInvocationOperation invocation) =>
        invocation.TargetMethod.Name == "Add" && ArgumentListOf(invocation) is not null;

    /// <summary><c>psi.ArgumentList</c> of <c>psi.ArgumentList.Add(x)</c>, or of <c>ArgumentList = { x }</c> in an initializer.</summary>
    private static IPropertyReferenceOperation? ArgumentListOf(IInvocationOperation invocation)
    {
        switch (invocation.Instance)
        {
            case IPropertyReferenceOperation property when IsArgumentList(property):
                return property;
            case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }:
                for (var parent = invocation.Parent; parent is not null; parent = parent.Parent)
                {
                    if (parent is IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation member })
                    {
                        return IsArgumentList(member) ? member : null;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static bool IsArgumentList(IPropertyReferenceOperation property) =>
        property.Property.Name == "ArgumentList" && Apis.Is("processStart", property.Property);

    private static void AddIfPresent(List<IOperation> list, IOperation? value)
    {
        if (value is not null)
        {
            list.Add(value);
        }
    }

    /// <summary>What names one ProcessStartInfo: its local, or the creation whose initializer holds the member.</summary>
    private static object? KeyOf(IOperation? instance)
    {
        switch (instance)
        {
            case ILocalReferenceOperation local:
                return local.Local;
            case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }:
                for (var parent = instance.Parent; parent is not null; parent = parent.Parent)
                {
                    if (parent is IObjectCreationOperation creation)
                    {
                        return KeyOfCreation(creation);
                    }
                }

                return null;
            case IPropertyReferenceOperation { Property.Name: "StartInfo" } startInfo:
                return KeyOf(startInfo.Instance);
            default:
                return null;
        }
    }

    private static object KeyOfCreation(IObjectCreationOperation creation)
    {
        var parent = creation.Parent;
        while (parent is IConversionOperation)
        {
            parent = parent.Parent;
        }

        return parent switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
            ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } => local.Local,
            _ => creation,
        };
    }

    internal sealed class Start
    {
        public IOperation? FileName { get; set; }

        public List<IOperation> ArgumentStrings { get; } = new();

        public List<IOperation> ArgumentList { get; } = new();
    }
}
