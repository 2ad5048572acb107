using System.Collections.Generic;
using System.Collections.Immutable;
using McpGuard.Rules.HiddenContent;
using McpGuard.ToolCode;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace McpGuard.Analyzers;

/// <summary>
/// MCPG703 on C# (and Visual Basic) source: in compilations that use the ModelContextProtocol SDK, the descriptions of
/// <c>[McpServerTool]</c>, <c>[McpServerPrompt]</c> and <c>[McpServerResource]</c> methods and of their parameters -
/// <c>[Description("…")]</c>, or the attribute's own <c>Description =</c> and <c>Title =</c> - must not hide characters or
/// address the model. Reported at the string in the attribute, with the compiler's usual severity handling; unlike
/// <see cref="McpConfigAnalyzer"/> it reports in every build, as the task does not read C#.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp, LanguageNames.VisualBasic)]
public sealed class ToolDescriptionAnalyzer : DiagnosticAnalyzer
{
    private const string DescriptionAttribute = "System.ComponentModel.DescriptionAttribute";

    private static readonly (string MetadataName, string Kind)[] s_memberAttributes =
    {
        (McpServerAttributes.Tool, "tool"),
        (McpServerAttributes.Prompt, "prompt"),
        (McpServerAttributes.Resource, "resource"),
    };

    /// <summary>Named arguments of the SDK's attributes whose text the client shows the model (older SDKs had <c>Description</c>).</summary>
    private static readonly string[] s_textArguments = { "Description", "Title" };

    private static readonly DiagnosticDescriptor s_rule = new(
        Rules.RuleIds.PoisonedToolDescription,
        PoisonedToolDescription.Rule.Title,
        PoisonedToolDescription.Rule.MessageFormat,
        PoisonedToolDescription.Rule.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: PoisonedToolDescription.Rule.Description,
        helpLinkUri: PoisonedToolDescription.Rule.HelpUri);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(s_rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            // Projects that do not use the SDK pay for these three lookups and nothing else.
            var kinds = new Dictionary<INamedTypeSymbol, string>(SymbolEqualityComparer.Default);
            foreach (var (metadataName, kind) in s_memberAttributes)
            {
                if (start.Compilation.GetTypeByMetadataName(metadataName) is { } type)
                {
                    kinds[type] = kind;
                }
            }

            if (kinds.Count > 0)
            {
                var description = start.Compilation.GetTypeByMetadataName(DescriptionAttribute);
                start.RegisterOperationAction(operation => AnalyzeAttribute(operation, kinds, description), OperationKind.Attribute);
            }
        });
    }

    private static void AnalyzeAttribute(OperationAnalysisContext context, Dictionary<INamedTypeSymbol, string> kinds, INamedTypeSymbol? description)
    {
        if (context.Operation is not IAttributeOperation { Operation: IObjectCreationOperation creation } || creation.Type is not INamedTypeSymbol type)
        {
            return;
        }

        if (kinds.TryGetValue(type, out var kind))
        {
            // [McpServerTool(Description = "…", Title = "…")]
            foreach (var initializer in creation.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
            {
                if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment
                    && System.Array.IndexOf(s_textArguments, property.Property.Name) >= 0)
                {
                    Inspect(context, assignment.Value, kind, MemberName(context.ContainingSymbol, kinds));
                }
            }
        }
        else if (description is not null && SymbolEqualityComparer.Default.Equals(type, description) && creation.Arguments.Length == 1
            && DescribedMember(context, kinds) is { } described)
        {
            Inspect(context, creation.Arguments[0].Value, described.Kind, described.Name);
        }
    }

    /// <summary>The MCP member a <c>[Description]</c> belongs to: the method itself, or the method of a parameter.</summary>
    private static (string Kind, string Name)? DescribedMember(OperationAnalysisContext context, Dictionary<INamedTypeSymbol, string> kinds)
    {
        var symbol = context.ContainingSymbol;
        var parameter = symbol as IParameterSymbol;
        var member = parameter?.ContainingSymbol ?? symbol;
        if (KindOf(member, kinds) is not { } kind)
        {
            return null;
        }

        parameter ??= FindParameterOwning(member, context.Operation.Syntax);
        var name = MemberName(member, kinds);
        return (kind, parameter is null ? name : $"{name}' parameter '{parameter.Name}");
    }

    /// <summary>Some compilers hand a parameter's attribute to the method: find the parameter whose attribute this is.</summary>
    private static IParameterSymbol? FindParameterOwning(ISymbol member, SyntaxNode attribute)
    {
        if (member is not IMethodSymbol method)
        {
            return null;
        }

        foreach (var parameter in method.Parameters)
        {
            foreach (var data in parameter.GetAttributes())
            {
                if (data.ApplicationSyntaxReference is { } reference && reference.SyntaxTree == attribute.SyntaxTree && reference.Span.Contains(attribute.Span))
                {
                    return parameter;
                }
            }
        }

        return null;
    }

    private static string? KindOf(ISymbol? member, Dictionary<INamedTypeSymbol, string> kinds)
    {
        foreach (var attribute in member?.GetAttributes() ?? ImmutableArray<AttributeData>.Empty)
        {
            if (attribute.AttributeClass is { } type && kinds.TryGetValue(type, out var kind))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>The name clients see: the attribute's <c>Name</c>, else the member's own.</summary>
    private static string MemberName(ISymbol? member, Dictionary<INamedTypeSymbol, string> kinds)
    {
        foreach (var attribute in member?.GetAttributes() ?? ImmutableArray<AttributeData>.Empty)
        {
            if (attribute.AttributeClass is { } type && kinds.ContainsKey(type))
            {
                foreach (var argument in attribute.NamedArguments)
                {
                    if (argument.Key == "Name" && argument.Value.Value is string name && name.Length > 0)
                    {
                        return name;
                    }
                }
            }
        }

        return member?.Name ?? string.Empty;
    }

    /// <summary>One diagnostic per text, naming every kind of problem in it once.</summary>
    private static void Inspect(OperationAnalysisContext context, IOperation value, string kind, string name)
    {
        if (value.ConstantValue is { HasValue: true, Value: string text } && PoisonedToolDescription.Describe(text) is { } reason)
        {
            Report(context, value, kind, name, reason);
        }
    }

    private static void Report(OperationAnalysisContext context, IOperation value, string kind, string name, string reason) =>
        context.ReportDiagnostic(Diagnostic.Create(s_rule, value.Syntax.GetLocation(), kind, name, reason));
}
