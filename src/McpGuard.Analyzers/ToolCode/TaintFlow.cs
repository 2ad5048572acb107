using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using McpGuard.ToolCode;

namespace McpGuard.Analyzers.ToolCode;

/// <summary>
/// Intra-procedural data flow over <see cref="IOperation"/>: which values of one method body carry a tainted source (a
/// model-chosen parameter, or what <c>sourceOf</c> names), through locals, concatenation, interpolation,
/// <c>string.Format</c>, <c>Path.Combine</c>, the calls <c>tool-sinks.json</c> lists as propagators and helper methods
/// of the same type (two calls deep). A reference sees the definitions that reach it in straight-line code: an
/// unconditional reassignment (<c>path = Path.GetFileName(path)</c>) replaces the value before it.
/// </summary>
internal sealed class TaintFlow
{
    private const int MaxHelperDepth = 2;
    private const int MaxRecursion = 48;

    private readonly ToolMethod _tool;
    private readonly IReadOnlyDictionary<ISymbol, string> _taintedParameters;
    private readonly Func<IOperation, string?>? _sourceOf;
    private readonly int _depth;
    private readonly Dictionary<ISymbol, List<Definition>> _definitions;
    private readonly Dictionary<IOperation, string?> _memo = new();
    private readonly HashSet<IOperation> _visiting = new();
    // Created on first use: most flows never check a guard, call a helper or are a helper.
    private Dictionary<string, HashSet<ISymbol>>? _guarded;
    private Dictionary<IOperation, HashSet<ISymbol>>? _taintedSymbols;
    private GuardChecks? _guardChecks;
    private Dictionary<IInvocationOperation, TaintFlow>? _helpers;
    private Dictionary<ISymbol, (IOperation Value, TaintFlow Flow)>? _callerArguments;
    private int _recursion;

    public TaintFlow(ToolMethod tool, IOperation body, IReadOnlyDictionary<ISymbol, string> taintedParameters, Func<IOperation, string?>? sourceOf = null, int depth = 0)
    {
        _tool = tool;
        Body = body;
        _taintedParameters = taintedParameters;
        _sourceOf = sourceOf;
        _depth = depth;
        var index = tool.IndexOf(body);
        _definitions = index.Definitions;
        Operations = index.Operations;
    }

    public IOperation Body { get; }

    private List<ProcessStarts.Start>? _processStarts;

    /// <summary>The process starts of this body (<see cref="ToolCode.ProcessStarts.In"/>), found once for MCPG801 and the tool's effects.</summary>
    public List<ProcessStarts.Start> ProcessStarts => _processStarts ??= ToolCode.ProcessStarts.In(this);

    public ToolMethod Tool => _tool;

    /// <summary>For a tool's own parameters: every model-chosen parameter, labelled with its name.</summary>
    public static TaintFlow ForTool(ToolMethod tool)
    {
        var parameters = new Dictionary<ISymbol, string>(SymbolEqualityComparer.Default);
        foreach (var parameter in tool.ModelChosenParameters())
        {
            parameters[parameter] = parameter.Name;
        }

        return new TaintFlow(tool, tool.Body, parameters);
    }

    /// <summary>The body's operations in tree order (<see cref="BodyIndex"/>), shared by every flow and rule over it.</summary>
    public IOperation[] Operations { get; }

    /// <summary>The label of a tainted source <paramref name="value"/> carries, or <c>null</c>.</summary>
    public string? Taint(IOperation? value)
    {
        if (value is null)
        {
            return null;
        }

        if (_memo.TryGetValue(value, out var known))
        {
            return known;
        }

        if (_recursion > MaxRecursion || !_visiting.Add(value))
        {
            return null;
        }

        _recursion++;
        try
        {
            var result = Compute(value);
            _memo[value] = result;
            return result;
        }
        finally
        {
            _recursion--;
            _visiting.Remove(value);
        }
    }

    /// <summary>The value as text pieces in order: constants, tainted parts and opaque parts (e.g. a field).</summary>
    public List<Piece> Pieces(IOperation value)
    {
        var pieces = new List<Piece>();
        AddPieces(value, pieces, 0);
        return pieces;
    }

    /// <summary>Whether a tainted symbol <paramref name="value"/> depends on went through a check of list <paramref name="guardList"/> anywhere in the body.</summary>
    public bool IsGuarded(IOperation value, string guardList)
    {
        var guarded = Guarded(guardList);
        if (guarded.Count == 0)
        {
            return false;
        }

        foreach (var symbol in TaintedSymbols(value))
        {
            if (guarded.Contains(symbol))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Calls to helper methods of the same type that receive a tainted argument, with the flow inside the helper.</summary>
    public IEnumerable<TaintFlow> TaintedHelpers()
    {
        foreach (var operation in Operations)
        {
            if (operation is IInvocationOperation invocation && HelperFlow(invocation) is { } helper)
            {
                yield return helper;
            }
        }
    }

    /// <summary>The values a method body returns (not those of lambdas or local functions inside it).</summary>
    public IEnumerable<IOperation> ReturnedValues()
    {
        foreach (var operation in Operations)
        {
            if (operation is IReturnOperation { ReturnedValue: { } returned } && OwnerOf(operation) == Body)
            {
                yield return returned;
            }
        }
    }

    /// <summary>The tool-method body or helper body an operation belongs to, or the lambda/local function around it.</summary>
    private IOperation? OwnerOf(IOperation operation)
    {
        for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent == Body)
            {
                return Body;
            }

            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return parent;
            }
        }

        return null;
    }

    private string? Compute(IOperation value)
    {
        if (_sourceOf?.Invoke(value) is { } source)
        {
            return source;
        }

        switch (value)
        {
            case IParameterReferenceOperation parameter:
                return ReferenceTaint(parameter.Parameter, value);
            case ILocalReferenceOperation local:
                return ReferenceTaint(local.Local, value);
            case IConversionOperation conversion:
                return Taint(conversion.Operand);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when binary.Type?.SpecialType == SpecialType.System_String:
                return Taint(binary.LeftOperand) ?? Taint(binary.RightOperand);
            case IInterpolatedStringOperation interpolated:
                return FirstTaint(interpolated.Parts.OfType<IInterpolationOperation>().Select(p => p.Expression));
            case IConditionalOperation conditional:
                return Taint(conditional.WhenTrue) ?? Taint(conditional.WhenFalse);
            case ICoalesceOperation coalesce:
                return Taint(coalesce.Value) ?? Taint(coalesce.WhenNull);
            case IAwaitOperation awaited:
                return Taint(awaited.Operation);
            case IArrayElementReferenceOperation element:
                return Taint(element.ArrayReference);
            case IArrayCreationOperation array:
                return array.Initializer is { } init ? FirstTaint(init.ElementValues) : null;
            case IConditionalAccessOperation access:
                return Taint(access.WhenNotNull);
            case IConditionalAccessInstanceOperation instance:
                return ConditionalAccessTarget(instance) is { } target ? Taint(target) : null;
            case IPropertyReferenceOperation property:
                return PropertyTaint(property);
            case IInvocationOperation invocation:
                return InvocationTaint(invocation);
            case IObjectCreationOperation creation:
                return CreationTaint(creation);
            case IAnonymousObjectCreationOperation anonymous:
                return FirstTaint(anonymous.Initializers.Select(InitializerValue));
            case ITupleOperation tuple:
                return FirstTaint(tuple.Elements);
            case ISimpleAssignmentOperation assignment:
                return Taint(assignment.Value);
            case IArgumentOperation argument:
                return Taint(argument.Value);
            case ISwitchExpressionOperation switchExpression:
                return FirstTaint(switchExpression.Arms.Select(a => a.Value));
            default:
                return null;
        }
    }

    private static IOperation? InitializerValue(IOperation initializer) =>
        initializer is ISimpleAssignmentOperation assignment ? assignment.Value : initializer;

    private static IOperation? ConditionalAccessTarget(IOperation instance)
    {
        for (var parent = instance.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IConditionalAccessOperation access)
            {
                return access.Operation;
            }
        }

        return null;
    }

    private string? FirstTaint(System.Collections.Immutable.ImmutableArray<IOperation> values)
    {
        foreach (var value in values)
        {
            if (Taint(value) is { } taint)
            {
                return taint;
            }
        }

        return null;
    }

    private string? FirstArgumentTaint(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            if (Taint(argument.Value) is { } taint)
            {
                return taint;
            }
        }

        return null;
    }

    private string? FirstTaint(IEnumerable<IOperation?> values)
    {
        foreach (var value in values)
        {
            if (Taint(value) is { } taint)
            {
                return taint;
            }
        }

        return null;
    }

    private string? PropertyTaint(IPropertyReferenceOperation property)
    {
        if (Apis.Is("sanitizers", property.Property))
        {
            return null;
        }

        // args[0], list[i], request.Path of a tainted JSON value, uri.AbsoluteUri.
        if (property.Property.IsIndexer || Apis.Is("propagators", property.Property) || IsJsonType(property.Instance?.Type))
        {
            return Taint(property.Instance) ?? FirstArgumentTaint(property.Arguments);
        }

        return null;
    }

    private static bool IsJsonType(ITypeSymbol? type) =>
        type is INamedTypeSymbol named && Apis.TypeKey(named).StartsWith("System.Text.Json.", StringComparison.Ordinal);

    private string? InvocationTaint(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (Apis.Is("sanitizers", method))
        {
            return null;
        }

        if (Apis.Is("propagators", method) || IsJsonType(method.ContainingType) || IsJsonType(invocation.Instance?.Type))
        {
            return Taint(invocation.Instance) ?? FirstArgumentTaint(invocation.Arguments);
        }

        if (HelperFlow(invocation) is { } helper)
        {
            return helper.FirstTaint(helper.ReturnedValues());
        }

        return null;
    }

    private string? CreationTaint(IObjectCreationOperation creation)
    {
        if (creation.Constructor is { } constructor && Apis.Is("propagators", constructor))
        {
            return FirstArgumentTaint(creation.Arguments);
        }

        if (creation.Type is INamedTypeSymbol type && Apis.TypeKey(type) == "System.Text.StringBuilder")
        {
            return FirstArgumentTaint(creation.Arguments);
        }

        // A result object or record returned to the model: its initializers carry what was put in.
        return _sourceOf is not null && creation.Initializer is { } initializer
            ? FirstTaint(initializer.Initializers.Select(InitializerValue)) ?? FirstArgumentTaint(creation.Arguments)
            : null;
    }

    /// <summary>The flow inside a helper of the same type called with at least one tainted argument.</summary>
    private TaintFlow? HelperFlow(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod.OriginalDefinition;
        if (_depth >= MaxHelperDepth || SymbolEqualityComparer.Default.Equals(method, _tool.Method) || (_tool.BodyOf(method) ?? LocalFunctionBody(method)) is not { } body)
        {
            return null;
        }

        var tainted = new Dictionary<ISymbol, string>(SymbolEqualityComparer.Default);
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is { } parameter && Taint(argument.Value) is { } taint)
            {
                tainted[parameter.OriginalDefinition] = taint;
            }
        }

        if (tainted.Count == 0 && _sourceOf is null)
        {
            return null;
        }

        if (_helpers is not null && _helpers.TryGetValue(invocation, out var cached))
        {
            return cached;
        }

        var helper = new TaintFlow(_tool, body, tainted, _sourceOf, _depth + 1);
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is { } parameter)
            {
                helper._callerArguments ??= new Dictionary<ISymbol, (IOperation Value, TaintFlow Flow)>(SymbolEqualityComparer.Default);
                helper._callerArguments[parameter.OriginalDefinition] = (argument.Value, this);
            }
        }

        (_helpers ??= new Dictionary<IInvocationOperation, TaintFlow>())[invocation] = helper;
        return helper;
    }

    /// <summary>The body of a local function declared in this body (<c>void Run(string text) => …</c>).</summary>
    private IOperation? LocalFunctionBody(IMethodSymbol method)
    {
        if (method.MethodKind != MethodKind.LocalFunction)
        {
            return null;
        }

        foreach (var operation in Operations)
        {
            if (operation is ILocalFunctionOperation local && SymbolEqualityComparer.Default.Equals(local.Symbol, method))
            {
                return local.Body ?? local.IgnoredBody;
            }
        }

        return null;
    }

    private string? ReferenceTaint(ISymbol symbol, IOperation reference)
    {
        foreach (var definition in ReachingDefinitions(symbol, reference))
        {
            var taint = definition.IsOpaque ? null : definition.Value is null
                ? (_taintedParameters.TryGetValue(symbol.OriginalDefinition, out var label) ? label : null)
                : Taint(definition.Value);
            if (taint is not null)
            {
                return taint;
            }
        }

        return null;
    }

    /// <summary>The definitions before <paramref name="reference"/>, latest first, up to one that always runs before it; a <c>null</c> value is the parameter's own.</summary>
    private IEnumerable<Definition> ReachingDefinitions(ISymbol symbol, IOperation reference)
    {
        var position = reference.Syntax.SpanStart;
        if (_definitions.TryGetValue(symbol, out var definitions))
        {
            for (var i = definitions.Count - 1; i >= 0; i--)
            {
                var definition = definitions[i];
                if (definition.Position >= position && !IsInsideLoopAround(definition.Operation, reference))
                {
                    continue;
                }

                yield return definition;
                if (definition.Replaces && definition.Position < position && AlwaysRunsBefore(definition.Operation, reference))
                {
                    yield break;
                }
            }
        }

        if (symbol is IParameterSymbol)
        {
            yield return new Definition(null, int.MinValue, replaces: true, reference);
        }
    }

    /// <summary>A definition later in a loop that also holds the reference reaches it on the next iteration.</summary>
    private static bool IsInsideLoopAround(IOperation definition, IOperation reference)
    {
        for (var parent = definition.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is ILoopOperation && parent.Syntax.Span.Contains(reference.Syntax.Span))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AlwaysRunsBefore(IOperation definition, IOperation reference)
    {
        for (var parent = definition.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IBlockOperation && parent.Syntax.Span.Contains(reference.Syntax.Span))
            {
                return true;
            }

            if (parent is IConditionalOperation or ILoopOperation or ISwitchOperation or ISwitchCaseOperation or ICatchClauseOperation
                or IAnonymousFunctionOperation or ILocalFunctionOperation or ICoalesceOperation or IConditionalAccessOperation
                or IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr })
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The assignments of each local and parameter of a body, in source order; they depend on the body alone, so flows over one body share them.</summary>
    internal static Dictionary<ISymbol, List<Definition>> CollectDefinitions(IOperation[] operations)
    {
        var definitions = new Dictionary<ISymbol, List<Definition>>(SymbolEqualityComparer.Default);
        foreach (var operation in operations)
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when declarator.GetVariableInitializer() is { } initializer:
                    Add(definitions, declarator.Symbol, initializer.Value, operation, replaces: true);
                    break;
                case IForEachLoopOperation loop when loop.LoopControlVariable is IVariableDeclaratorOperation variable:
                    Add(definitions, variable.Symbol, loop.Collection, variable, replaces: true);
                    break;
                case ISimpleAssignmentOperation assignment when Symbol(assignment.Target) is { } target:
                    Add(definitions, target, assignment.Value, operation, replaces: true);
                    break;
                case ICompoundAssignmentOperation compound when Symbol(compound.Target) is { } target:
                    Add(definitions, target, compound.Value, operation, replaces: false);
                    break;
                case ICoalesceAssignmentOperation coalesce when Symbol(coalesce.Target) is { } target:
                    Add(definitions, target, coalesce.Value, operation, replaces: false);
                    break;
                case IInvocationOperation invocation:
                    CollectCallDefinitions(definitions, invocation);
                    break;
            }
        }

        foreach (var list in definitions.Values)
        {
            list.Sort((left, right) => left.Position.CompareTo(right.Position));
        }

        return definitions;
    }

    private static void CollectCallDefinitions(Dictionary<ISymbol, List<Definition>> definitions, IInvocationOperation invocation)
    {
        // sb.Append(x), args.Add(x): the receiver now holds x as well.
        var receiver = invocation.Instance ?? (invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);
        if (Symbol(receiver) is { } collector && Apis.Is("collectors", invocation.TargetMethod))
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Value != receiver)
                {
                    Add(definitions, collector, argument.Value, invocation, replaces: false);
                }
            }
        }

        // Uri.TryCreate(x, kind, out var uri): the out value carries the inputs of a propagating call.
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.RefKind == RefKind.Out && Symbol(argument.Value) is { } target)
            {
                Add(definitions, target, Apis.Is("propagators", invocation.TargetMethod) ? invocation : null, argument, replaces: true);
            }
        }
    }

    private static ISymbol? Symbol(IOperation? operation) => operation switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IDeclarationExpressionOperation { Expression: ILocalReferenceOperation local } => local.Local,
        IConversionOperation conversion => Symbol(conversion.Operand),
        _ => null,
    };

    private static void Add(Dictionary<ISymbol, List<Definition>> definitions, ISymbol symbol, IOperation? value, IOperation at, bool replaces)
    {
        var key = symbol.OriginalDefinition;
        if (!definitions.TryGetValue(key, out var list))
        {
            definitions[key] = list = new List<Definition>();
        }

        // A definition without a value (an out argument of an unknown call) still replaces what came before.
        list.Add(new Definition(value ?? at, at.Syntax.SpanStart, replaces, at, isOpaque: value is null));
    }

    private void AddPieces(IOperation value, List<Piece> pieces, int depth)
    {
        if (depth > 16)
        {
            pieces.Add(PieceOf(value));
            return;
        }

        switch (value)
        {
            case { ConstantValue: { HasValue: true, Value: var constant } }:
                pieces.Add(new Piece(constant?.ToString() ?? string.Empty, value, null));
                return;
            case IConversionOperation conversion:
                AddPieces(conversion.Operand, pieces, depth + 1);
                return;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when binary.Type?.SpecialType == SpecialType.System_String:
                AddPieces(binary.LeftOperand, pieces, depth + 1);
                AddPieces(binary.RightOperand, pieces, depth + 1);
                return;
            case IInterpolatedStringOperation interpolated:
                foreach (var part in interpolated.Parts)
                {
                    if (part is IInterpolatedStringTextOperation text)
                    {
                        pieces.Add(new Piece(text.Text.ConstantValue.Value?.ToString() ?? string.Empty, part, null));
                    }
                    else if (part is IInterpolationOperation interpolation)
                    {
                        AddPieces(interpolation.Expression, pieces, depth + 1);
                    }
                }

                return;
            case ILocalReferenceOperation or IParameterReferenceOperation when SingleDefinition(value) is { } single:
                AddPieces(single, pieces, depth + 1);
                return;
            case IParameterReferenceOperation parameter when _callerArguments is not null && _callerArguments.TryGetValue(parameter.Parameter.OriginalDefinition, out var caller)
                && ReachingDefinitions(parameter.Parameter, value).Take(2).Count() == 1:
                // A helper's parameter is what the caller passed: Start("cmd.exe", …) names the program.
                caller.Flow.AddPieces(caller.Value, pieces, depth + 1);
                return;
            case IInvocationOperation invocation when invocation.TargetMethod.ContainingType?.SpecialType == SpecialType.System_String && invocation.Instance is null:
                if (invocation.TargetMethod.Name == "Concat")
                {
                    foreach (var argument in ArgumentValues(invocation))
                    {
                        AddPieces(argument, pieces, depth + 1);
                    }

                    return;
                }

                if (invocation.TargetMethod.Name == "Format" && FormatPieces(invocation, pieces, depth))
                {
                    return;
                }

                break;
            case IObjectCreationOperation creation when creation.Type is INamedTypeSymbol type && Apis.TypeKey(type) == "System.Uri" && creation.Arguments.Length > 0:
                // new Uri(text) is its text; new Uri(baseUri, relative) has the base's host unless the relative part is absolute.
                var relative = creation.Arguments.Length > 1 && creation.Arguments[1].Value.Type?.SpecialType == SpecialType.System_String ? creation.Arguments[1].Value : null;
                if (relative is null)
                {
                    AddPieces(creation.Arguments[0].Value, pieces, depth + 1);
                }
                else
                {
                    pieces.Add(PieceOf(creation.Arguments[0].Value));
                    var rest = new List<Piece>();
                    AddPieces(relative, rest, depth + 1);
                    if (rest.Count > 0 && rest[0].Taint is not null)
                    {
                        pieces.Clear();
                    }

                    pieces.AddRange(rest);
                }

                return;
        }

        pieces.Add(PieceOf(value));
    }

    private Piece PieceOf(IOperation value) => new(null, value, Taint(value));

    private static IEnumerable<IOperation> ArgumentValues(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } initializer })
            {
                foreach (var element in initializer.ElementValues)
                {
                    yield return element;
                }
            }
            else
            {
                yield return argument.Value;
            }
        }
    }

    /// <summary><c>string.Format("…{0}…", a)</c> as its pieces; <c>false</c> when the format is not a constant.</summary>
    private bool FormatPieces(IInvocationOperation invocation, List<Piece> pieces, int depth)
    {
        var values = ArgumentValues(invocation).ToList();
        var formatIndex = values.FindIndex(v => v.Type?.SpecialType == SpecialType.System_String && v.ConstantValue.HasValue);
        if (formatIndex < 0 || values[formatIndex].ConstantValue.Value is not string format)
        {
            return false;
        }

        var arguments = values.Skip(formatIndex + 1).ToList();
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            if (format[i] == '{' && i + 1 < format.Length && format[i + 1] == '{')
            {
                text.Append('{');
                i++;
                continue;
            }

            if (format[i] == '{')
            {
                var close = format.IndexOf('}', i);
                var digits = close < 0 ? string.Empty : new string(format.Substring(i + 1, close - i - 1).TakeWhile(char.IsDigit).ToArray());
                if (close < 0 || !int.TryParse(digits, out var index) || index >= arguments.Count)
                {
                    return false;
                }

                pieces.Add(new Piece(text.ToString(), invocation, null));
                text.Clear();
                AddPieces(arguments[index], pieces, depth + 1);
                i = close;
                continue;
            }

            text.Append(format[i]);
        }

        pieces.Add(new Piece(text.ToString(), invocation, null));
        return true;
    }

    /// <summary>The one value a local (or reassigned parameter) holds at a reference, when exactly one definition reaches it.</summary>
    private IOperation? SingleDefinition(IOperation reference)
    {
        var symbol = Symbol(reference);
        if (symbol is null)
        {
            return null;
        }

        var reaching = ReachingDefinitions(symbol, reference).Take(2).ToList();
        return reaching.Count == 1 && reaching[0].Value is { } value && !reaching[0].IsOpaque && reaching[0].Value != reaching[0].Operation ? value : null;
    }

    /// <summary>The locals and parameters a value depends on whose references there are tainted, transitively.</summary>
    private HashSet<ISymbol> TaintedSymbols(IOperation value)
    {
        _taintedSymbols ??= new Dictionary<IOperation, HashSet<ISymbol>>();
        if (_taintedSymbols.TryGetValue(value, out var known))
        {
            return known;
        }

        var symbols = CollectTaintedSymbols(value);
        _taintedSymbols[value] = symbols;
        return symbols;
    }

    private HashSet<ISymbol> CollectTaintedSymbols(IOperation value)
    {
        var symbols = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var pending = new Stack<IOperation>();
        var seen = new HashSet<IOperation>();
        pending.Push(value);
        while (pending.Count > 0 && seen.Count < 2048)
        {
            var operation = pending.Pop();
            if (!seen.Add(operation))
            {
                continue;
            }

            foreach (var node in operation.DescendantsAndSelf())
            {
                if (Symbol(node) is { } symbol && node is ILocalReferenceOperation or IParameterReferenceOperation && Taint(node) is not null)
                {
                    if (symbols.Add(symbol.OriginalDefinition))
                    {
                        foreach (var definition in ReachingDefinitions(symbol, node))
                        {
                            if (definition.Value is { } defined && !definition.IsOpaque)
                            {
                                pending.Push(defined);
                            }
                        }
                    }
                }
            }
        }

        return symbols;
    }

    private HashSet<ISymbol> Guarded(string guardList)
    {
        _guarded ??= new Dictionary<string, HashSet<ISymbol>>(StringComparer.Ordinal);
        if (_guarded.TryGetValue(guardList, out var known))
        {
            return known;
        }

        // One walk of the body for every guard list: the closed sets (switch, is, == "…") and validating names do not
        // depend on the list; only the calls and properties of the list itself do.
        var checks = _guardChecks ??= GuardChecks.Of(Operations);
        var guarded = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var checkedValue in checks.ClosedSets)
        {
            guarded.UnionWith(TaintedSymbols(checkedValue));
        }

        foreach (var (invocation, namedAsValidator) in checks.Calls)
        {
            if (namedAsValidator || IsGuardCall(invocation, guardList))
            {
                if (invocation.Instance is { } instance)
                {
                    guarded.UnionWith(TaintedSymbols(instance));
                }

                foreach (var argument in invocation.Arguments)
                {
                    guarded.UnionWith(TaintedSymbols(argument.Value));
                }
            }
        }

        foreach (var property in checks.Properties)
        {
            if (Apis.Is(guardList, property.Property))
            {
                guarded.UnionWith(TaintedSymbols(property.Instance!));
            }
        }

        _guarded[guardList] = guarded;
        return guarded;
    }

    /// <summary>What a body checks, whatever the guard list: the subjects of closed sets, the calls (and whether their name says they validate) and the property reads with a receiver.</summary>
    private sealed class GuardChecks
    {
        public List<IOperation> ClosedSets { get; } = new();

        public List<(IInvocationOperation Invocation, bool NamedAsValidator)> Calls { get; } = new();

        public List<IPropertyReferenceOperation> Properties { get; } = new();

        public static GuardChecks Of(IOperation[] operations)
        {
            var checks = new GuardChecks();
            foreach (var operation in operations)
            {
                switch (operation)
                {
                    case IInvocationOperation invocation:
                        checks.Calls.Add((invocation, IsNamedAsValidator(invocation.TargetMethod)));
                        break;
                    case IPropertyReferenceOperation { Instance: not null } property:
                        checks.Properties.Add(property);
                        break;
                    case IIsPatternOperation or ISwitchOperation or ISwitchExpressionOperation:
                        // switch (name) { case "a": … } and name is "a" or "b": a closed set of values.
                        var subject = operation switch
                        {
                            IIsPatternOperation pattern => pattern.Pattern is IConstantPatternOperation or IBinaryPatternOperation ? pattern.Value : null,
                            ISwitchOperation statement => statement.Value,
                            ISwitchExpressionOperation expression => expression.Value,
                            _ => null,
                        };
                        if (subject is not null)
                        {
                            checks.ClosedSets.Add(subject);
                        }

                        break;
                    case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } comparison
                        when comparison.LeftOperand.ConstantValue.HasValue ^ comparison.RightOperand.ConstantValue.HasValue
                            && (comparison.LeftOperand.ConstantValue.Value ?? comparison.RightOperand.ConstantValue.Value) is string:
                        checks.ClosedSets.Add(comparison.LeftOperand.ConstantValue.HasValue ? comparison.RightOperand : comparison.LeftOperand);
                        break;
                }
            }

            return checks;
        }

        private static bool IsNamedAsValidator(IMethodSymbol method)
        {
            var name = method.Name.ToLowerInvariant();
            foreach (var word in ToolCodeApis.Words("validatorWords"))
            {
                if (name.IndexOf(word, StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>A call of the guard list or a helper of the type that itself guards (a name that says it validates is <see cref="GuardChecks"/>'s).</summary>
    private bool IsGuardCall(IInvocationOperation invocation, string guardList)
    {
        var method = invocation.TargetMethod;
        if (Apis.Is(guardList, method))
        {
            return true;
        }

        return _depth < MaxHelperDepth && _tool.BodyOf(method.OriginalDefinition) is { } body && !SymbolEqualityComparer.Default.Equals(method.OriginalDefinition, _tool.Method)
            && _tool.HelperCallsGuard(body, guardList);
    }

    internal readonly struct Definition
    {
        public Definition(IOperation? value, int position, bool replaces, IOperation operation, bool isOpaque = false)
        {
            Value = value;
            Position = position;
            Replaces = replaces;
            Operation = operation;
            IsOpaque = isOpaque;
        }

        /// <summary>The assigned value; <c>null</c> for a parameter's value on entry.</summary>
        public IOperation? Value { get; }

        public int Position { get; }

        public bool Replaces { get; }

        public IOperation Operation { get; }

        public bool IsOpaque { get; }
    }
}

/// <summary>A part of a text value: constant <see cref="Text"/>, or an expression with its <see cref="Taint"/> (null when not tainted).</summary>
internal readonly struct Piece
{
    public Piece(string? text, IOperation operation, string? taint)
    {
        Text = text;
        Operation = operation;
        Taint = taint;
    }

    public string? Text { get; }

    public IOperation Operation { get; }

    public string? Taint { get; }
}
