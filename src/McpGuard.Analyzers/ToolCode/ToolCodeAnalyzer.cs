using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using McpGuard.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using McpGuard.ToolCode;

namespace McpGuard.Analyzers.ToolCode;

/// <summary>
/// The MCPG8xx analyzer: in a compilation that defines the SDK's <c>[McpServerTool]</c> (one type lookup otherwise),
/// each type with tool or resource methods is read whole, so that helper calls can be followed; once the type's bodies
/// are known, its tools are checked for every MCPG8xx rule in one pass (<see cref="ToolChecks"/>, one file per rule:
/// <c>*Check.cs</c>) and the findings reported; MCPG807 also looks at the whole compilation
/// (<see cref="UngatedMcpEndpointCheck"/>). One analyzer for the seven rules, so that the compiler keeps its per-member
/// bookkeeping once, not seven times; each rule id is still configured, suppressed and reported on its own.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ToolCodeAnalyzer : DiagnosticAnalyzer
{
    internal static DiagnosticDescriptor CreateDescriptor(RuleDescriptor rule, params string[] customTags) => new(
        rule.Id,
        rule.Title,
        rule.MessageFormat,
        rule.Category,
        rule.DefaultSeverity == RuleSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: rule.Description,
        helpLinkUri: rule.HelpUri,
        customTags: customTags);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        CommandFromToolArgumentCheck.Rule,
        PathFromToolArgumentCheck.Rule,
        SqlFromToolArgumentCheck.Rule,
        UrlFromToolArgumentCheck.Rule,
        SecretReturnedToModelCheck.Rule,
        MisleadingToolAnnotationCheck.Rule,
        UngatedMcpEndpointCheck.Rule);

    public override void Initialize(AnalysisContext context)
    {
        // Generated code is still not analyzed; its findings are left out by GeneratedCodeFilter instead of the driver,
        // which would otherwise scan every file that receives a finding for [GeneratedCode] declarations.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (ToolAttributes.Find(start.Compilation) is not { } attributes)
            {
                return;
            }

            var generated = new GeneratedCodeFilter(start.Options);
            var endpoints = UngatedMcpEndpointCheck.Start(start, generated);
            var analyses = new ToolAnalyses();
            start.RegisterSymbolStartAction(symbolStart => OnTypeStart(symbolStart, attributes, endpoints, analyses, generated), SymbolKind.NamedType);
        });
    }

    private static void OnTypeStart(SymbolStartAnalysisContext context, ToolAttributes attributes, UngatedMcpEndpointCheck.State endpoints, ToolAnalyses analyses, GeneratedCodeFilter generated)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        var tools = ToolAnalyses.ToolsOf(type, attributes);

        if (tools.Count == 0)
        {
            return;
        }

        var bodies = new ConcurrentDictionary<IMethodSymbol, IOperation>(SymbolEqualityComparer.Default);
        context.RegisterOperationBlockAction(block =>
        {
            if (block.OwningSymbol is IMethodSymbol owner && SymbolEqualityComparer.Default.Equals(owner.ContainingType, type))
            {
                foreach (var operation in block.OperationBlocks)
                {
                    var body = operation is IMethodBodyOperation methodBody ? (IOperation?)methodBody.BlockBody ?? methodBody.ExpressionBody : operation as IBlockOperation;
                    if (body is not null)
                    {
                        bodies.TryAdd(owner.OriginalDefinition, body);
                    }
                }
            }
        });
        context.RegisterSymbolEndAction(end =>
        {
            var snapshot = new Dictionary<IMethodSymbol, IOperation>(bodies, SymbolEqualityComparer.Default);
            var reporter = new ToolReporter(end, generated);
            foreach (var tool in analyses.Check(tools, snapshot))
            {
                if (GeneratedCodeFilter.IsGenerated(tool.Method))
                {
                    continue;
                }

                foreach (var finding in tool.Findings)
                {
                    reporter.Report(finding);
                }

                UngatedMcpEndpointCheck.OnTool(tool, endpoints);
            }
        });
    }
}

/// <summary>The one pass of the MCPG8xx rules over a tool: MCPG801-806 and the tool's effects (MCPG806, MCPG807), once per tool.</summary>
internal static class ToolChecks
{
    public static void Run(ToolMethod tool)
    {
        var findings = new ToolFindings();
        if (tool.IsTool)
        {
            // The effects first, as the flows they share with the rules were always read in this order.
            _ = tool.Effects;
        }

        CommandFromToolArgumentCheck.Check(tool, findings);
        PathFromToolArgumentCheck.Check(tool, findings);
        SqlFromToolArgumentCheck.Check(tool, findings);
        UrlFromToolArgumentCheck.Check(tool, findings);
        SecretReturnedToModelCheck.Check(tool, findings);
        MisleadingToolAnnotationCheck.Check(tool, findings);
        tool.Findings = findings.Items;
    }
}

/// <summary>
/// What the analyzer keeps for one compilation (created at its start), so that the tools of the compilation share it:
/// a body's index (operations and definitions), a helper's effects and whether a helper calls a guard are found once,
/// whichever tool or rule asks.
/// </summary>
internal sealed class ToolAnalyses
{
    private readonly ConcurrentDictionary<(SyntaxNode, string), bool> _helperGuards = new();
    private readonly ConcurrentDictionary<IOperation, System.Lazy<BodyIndex>> _bodies = new();
    private readonly ConcurrentDictionary<IOperation, System.Lazy<List<Effect>>> _helperEffects = new();

    /// <summary>The type's tools, each checked for every rule (<see cref="ToolChecks.Run"/>) against the bodies of the type's methods.</summary>
    public List<ToolMethod> Check(List<(IMethodSymbol Method, AttributeData Attribute, bool IsTool)> tools, IReadOnlyDictionary<IMethodSymbol, IOperation> typeBodies)
    {
        var checkedTools = new List<ToolMethod>(tools.Count);
        var typeReadsSecrets = ReadsSecrets(typeBodies);
        foreach (var (method, attribute, isTool) in tools)
        {
            // A partial method's attribute is on its declaration, its body on the implementation.
            ToolMethod? tool = null;
            if (typeBodies.TryGetValue(method.OriginalDefinition, out var body))
            {
                tool = new ToolMethod(method, body, attribute, isTool, typeBodies, this);
            }
            else if (method.PartialImplementationPart is { } implementation && typeBodies.TryGetValue(implementation.OriginalDefinition, out body))
            {
                tool = new ToolMethod(implementation, body, attribute, isTool, typeBodies, this);
            }

            if (tool is not null)
            {
                tool.TypeReadsSecrets = typeReadsSecrets;
                ToolChecks.Run(tool);
                checkedTools.Add(tool);
            }
        }

        return checkedTools;
    }

    /// <summary>Whether any body of the type reads a secret MCPG805 follows: a flow from no source finds nothing, so a type without one skips it.</summary>
    private bool ReadsSecrets(IReadOnlyDictionary<IMethodSymbol, IOperation> typeBodies)
    {
        foreach (var body in typeBodies.Values)
        {
            foreach (var operation in IndexOf(body).Operations)
            {
                if (SecretReturnedToModelCheck.SecretOf(operation) is not null)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The tool and resource methods a type declares.</summary>
    public static List<(IMethodSymbol Method, AttributeData Attribute, bool IsTool)> ToolsOf(INamedTypeSymbol type, ToolAttributes attributes)
    {
        var tools = new List<(IMethodSymbol, AttributeData, bool)>();
        foreach (var member in type.GetMembers())
        {
            if (member is IMethodSymbol method && attributes.Classify(method) is { } found)
            {
                tools.Add((method, found.Attribute, found.IsTool));
            }
        }

        return tools;
    }

    /// <summary>Read-only once built, so every flow and rule over one body reads the same operations and definitions.</summary>
    public BodyIndex IndexOf(IOperation body) =>
        _bodies.GetOrAdd(body, b => new System.Lazy<BodyIndex>(() => new BodyIndex(b))).Value;

    public List<Effect> HelperEffectsOf(IOperation helperBody, System.Func<List<Effect>> collect) =>
        _helperEffects.GetOrAdd(helperBody, _ => new System.Lazy<List<Effect>>(collect)).Value;

    public bool HelperCallsGuard(IOperation helperBody, string guardList) =>
        _helperGuards.GetOrAdd((helperBody.Syntax, guardList), _ => CallsGuard(IndexOf(helperBody).Operations, guardList));

    public static bool CallsGuard(IOperation[] operations, string guardList)
    {
        foreach (var operation in operations)
        {
            if (operation is IInvocationOperation invocation && Apis.Is(guardList, invocation.TargetMethod))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A body's operations in one walk (the rules iterate this array instead of walking the tree again) and the definitions of its locals and parameters.</summary>
internal sealed class BodyIndex
{
    public BodyIndex(IOperation body)
    {
        var operations = new List<IOperation>();
        foreach (var operation in body.Descendants())
        {
            operations.Add(operation);
        }

        Operations = operations.ToArray();
        Definitions = TaintFlow.CollectDefinitions(Operations);
    }

    public IOperation[] Operations { get; }

    public Dictionary<ISymbol, List<TaintFlow.Definition>> Definitions { get; }
}

/// <summary>What the pass over one tool found: a rule, where, the severity when not the rule's default, and the message's arguments.</summary>
internal readonly struct ToolFinding
{
    public ToolFinding(DiagnosticDescriptor descriptor, Location location, DiagnosticSeverity? severity, object[] arguments)
    {
        Descriptor = descriptor;
        Location = location;
        Severity = severity;
        Arguments = arguments;
    }

    public DiagnosticDescriptor Descriptor { get; }

    public Location Location { get; }

    public DiagnosticSeverity? Severity { get; }

    public object[] Arguments { get; }
}

/// <summary>The findings of the MCPG8xx rules in one tool, in the order the rules found them.</summary>
internal sealed class ToolFindings
{
    public List<ToolFinding> Items { get; } = new();

    public void Report(DiagnosticDescriptor descriptor, IOperation at, DiagnosticSeverity? severity, params object[] arguments) =>
        Report(descriptor, at.Syntax.GetLocation(), severity, arguments);

    public void Report(DiagnosticDescriptor descriptor, Location location, DiagnosticSeverity? severity, params object[] arguments) =>
        Items.Add(new ToolFinding(descriptor, location, severity, arguments));
}

/// <summary>Reports each (rule, location) once, outside generated code: a helper called by several tools has one finding per sink.</summary>
internal sealed class ToolReporter
{
    private readonly SymbolAnalysisContext _context;
    private readonly GeneratedCodeFilter _generated;
    private readonly HashSet<(string, Location)> _reported = new();

    public ToolReporter(SymbolAnalysisContext context, GeneratedCodeFilter generated)
    {
        _context = context;
        _generated = generated;
    }

    public void Report(ToolFinding finding)
    {
        var descriptor = finding.Descriptor;
        if (!_reported.Add((descriptor.Id, finding.Location)) || _generated.IsGenerated(finding.Location))
        {
            return;
        }

        _context.ReportDiagnostic(finding.Severity is { } effective && effective != descriptor.DefaultSeverity
            ? Diagnostic.Create(descriptor, finding.Location, effective, additionalLocations: null, properties: null, finding.Arguments)
            : Diagnostic.Create(descriptor, finding.Location, finding.Arguments));
    }
}

/// <summary>The SDK's tool and resource attribute types of one compilation.</summary>
public sealed class ToolAttributes
{
    private readonly INamedTypeSymbol _tool;
    private readonly INamedTypeSymbol? _resource;

    private ToolAttributes(INamedTypeSymbol tool, INamedTypeSymbol? resource)
    {
        _tool = tool;
        _resource = resource;
    }

    /// <summary>The attribute types of a compilation, or <c>null</c> without the SDK (one type lookup, no data read).</summary>
    public static ToolAttributes? Find(Compilation compilation) =>
        compilation.GetTypeByMetadataName(McpServerAttributes.Tool) is { } tool
            ? new ToolAttributes(tool, compilation.GetTypeByMetadataName(McpServerAttributes.Resource))
            : null;

    internal (AttributeData Attribute, bool IsTool)? Classify(IMethodSymbol method)
    {
        foreach (var attribute in method.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _tool))
            {
                return (attribute, true);
            }

            if (_resource is not null && SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _resource))
            {
                return (attribute, false);
            }
        }

        return null;
    }
}

/// <summary>Helpers the MCPG8xx rules share.</summary>
internal static class ToolFlows
{
    /// <summary>The tool's own flow and the flows of the helpers it hands tainted values to, each body once.</summary>
    public static IEnumerable<TaintFlow> Of(ToolMethod tool)
    {
        var root = TaintFlow.ForTool(tool);
        var seen = new HashSet<IOperation> { root.Body };
        var pending = new Queue<TaintFlow>();
        pending.Enqueue(root);
        while (pending.Count > 0)
        {
            var flow = pending.Dequeue();
            yield return flow;
            foreach (var helper in flow.TaintedHelpers())
            {
                if (seen.Add(helper.Body))
                {
                    pending.Enqueue(helper);
                }
            }
        }
    }

    /// <summary>The text of a value made only of constants, or <c>null</c>.</summary>
    public static string? ConstantText(TaintFlow flow, IOperation? value)
    {
        if (value is null)
        {
            return null;
        }

        var text = new System.Text.StringBuilder();
        foreach (var piece in flow.Pieces(value))
        {
            if (piece.Text is null)
            {
                return null;
            }

            text.Append(piece.Text);
        }

        return text.ToString();
    }

    /// <summary>The argument bound to a parameter whose name is one of <paramref name="names"/> (any case).</summary>
    public static IOperation? Argument(ImmutableArray<IArgumentOperation> arguments, params string[] names)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter is { } parameter)
            {
                foreach (var name in names)
                {
                    if (string.Equals(name, parameter.Name, System.StringComparison.OrdinalIgnoreCase))
                    {
                        return argument.Value;
                    }
                }
            }
        }

        return null;
    }

    public static int Line(IOperation operation) => operation.Syntax.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
}
