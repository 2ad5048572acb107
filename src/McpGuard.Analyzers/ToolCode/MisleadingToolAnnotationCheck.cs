using McpGuard.Rules.ToolCode;
using Microsoft.CodeAnalysis;

namespace McpGuard.Analyzers.ToolCode;

/// <summary>
/// MCPG806: <c>[McpServerTool(ReadOnly = true)]</c> on a tool that writes, deletes, runs a shell or a model-named program,
/// or runs SQL that changes data; <c>Destructive = false</c> on one that deletes, runs such processes or runs
/// DELETE/DROP/TRUNCATE/UPDATE. Reported at the named argument; an unset <c>Destructive</c> is honest (it means destructive).
/// </summary>
internal static class MisleadingToolAnnotationCheck
{
    internal static readonly DiagnosticDescriptor Rule = ToolCodeAnalyzer.CreateDescriptor(MisleadingToolAnnotation.Rule);

    internal static void Check(ToolMethod tool, ToolFindings report)
    {
        if (!tool.IsTool)
        {
            return;
        }

        var readOnly = NamedBool(tool.Attribute, "ReadOnly");
        var destructive = NamedBool(tool.Attribute, "Destructive");
        if (readOnly != true && destructive != false)
        {
            return;
        }

        foreach (var effect in tool.Effects)
        {
            var claim = readOnly == true ? "ReadOnly" : effect.IsDestructive ? "Destructive" : null;
            if (claim is not null && ArgumentLocation(tool.Attribute, claim) is { } location)
            {
                report.Report(Rule, location, null, tool.Name, claim == "ReadOnly" ? "ReadOnly = true" : "Destructive = false", effect.Description, ToolFlows.Line(effect.At));
                return;
            }
        }
    }

    private static bool? NamedBool(AttributeData attribute, string name)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name && argument.Value.Value is bool value)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>The <c>ReadOnly = true</c> argument in the attribute's syntax (language-neutral: the argument node that names it).</summary>
    private static Location? ArgumentLocation(AttributeData attribute, string name)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax() is not { } syntax)
        {
            return null;
        }

        foreach (var list in syntax.ChildNodes())
        {
            foreach (var argument in list.ChildNodes())
            {
                var text = argument.ToString();
                if (text.StartsWith(name, System.StringComparison.Ordinal) && text.Substring(name.Length).TrimStart().StartsWith("=", System.StringComparison.Ordinal))
                {
                    return argument.GetLocation();
                }
            }
        }

        return syntax.GetLocation();
    }
}
