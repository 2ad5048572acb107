using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using McpGuard.Analyzers.ToolCode;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Analyzers.Tests.ToolCode;

/// <summary>
/// Compiles MCP server source against the real ModelContextProtocol SDK (ModelContextProtocol, .Core and .AspNetCore
/// of one version, downloaded by the project file), the .NET and ASP.NET Core shared frameworks, and runs the MCPG8xx
/// analyzer, keeping the findings of one rule (and any AD0001). Compiler errors fail the test, so the source is what a
/// server on that SDK version would compile.
/// </summary>
internal static class ToolCodeHarness
{
    public const string Oldest = "1.4.1";
    public const string Newest = "2.4.0";

    public const string ToolsPath = "/repo/src/Tools.cs";

    private static readonly Dictionary<string, ImmutableArray<MetadataReference>> s_references = new();

    public static async Task<ImmutableArray<Diagnostic>> RunAsync(string ruleId, string source, string sdkVersion = Newest, Dictionary<string, ReportDiagnostic>? options = null, params string[] extraSources)
    {
        var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: ToolsPath) };
        for (var i = 0; i < extraSources.Length; i++)
        {
            trees.Add(CSharpSyntaxTree.ParseText(extraSources[i], new CSharpParseOptions(LanguageVersion.Latest), path: $"/repo/src/Extra{i}.cs"));
        }

        var compilation = CSharpCompilation.Create(
            "McpServer",
            trees,
            References(sdkVersion),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                .WithSpecificDiagnosticOptions(options ?? new Dictionary<string, ReportDiagnostic>()));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.IsEmpty(errors, string.Join("\n", errors));
        var diagnostics = await compilation.WithAnalyzers([new ToolCodeAnalyzer()]).GetAllDiagnosticsAsync();
        return [.. diagnostics.Where(d => d.Id == ruleId || d.Id == "AD0001").OrderBy(d => d.Location.SourceSpan.Start)];
    }

    /// <summary>The platform, ASP.NET Core and SDK assemblies for one SDK version.</summary>
    public static ImmutableArray<MetadataReference> References(string sdkVersion)
    {
        lock (s_references)
        {
            if (s_references.TryGetValue(sdkVersion, out var known))
            {
                return known;
            }

            var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
            var runtimeFolder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            var aspNetFolder = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(runtimeFolder)!)!, "Microsoft.AspNetCore.App", Path.GetFileName(runtimeFolder));
            var packages = typeof(ToolCodeHarness).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "McpGuardNuGetPackageRoot").Value!;
            var sdk = new[] { "modelcontextprotocol.core", "modelcontextprotocol", "modelcontextprotocol.aspnetcore" }
                .Select(id => Path.Combine(packages, id, sdkVersion, "lib", "net10.0"))
                .SelectMany(folder => Directory.GetFiles(folder, "*.dll"));
            var paths = platform.Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
                .Concat(Directory.GetFiles(aspNetFolder, "*.dll"))
                .Concat(sdk)
                .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
                .Select(g => g.Last());
            known = [.. paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];
            s_references[sdkVersion] = known;
            return known;
        }
    }

    /// <summary>"Tools.cs MCPG801 error (9,33)-(9,40) message" per diagnostic.</summary>
    public static string Describe(ImmutableArray<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Select(d =>
        {
            var span = d.Location.GetLineSpan();
            return $"{Path.GetFileName(span.Path)} {d.Id} {d.Severity.ToString().ToLowerInvariant()} "
                + $"({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})-({span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1}) {d.GetMessage()}";
        }));

    /// <summary>"(line,column)-(line,column)" of the <paramref name="occurrence"/>-th <paramref name="text"/> in <paramref name="source"/>.</summary>
    public static string SpanOf(string source, string text, int occurrence = 1)
    {
        var from = -1;
        for (var i = 0; i < occurrence; i++)
        {
            from = source.IndexOf(text, from + 1, StringComparison.Ordinal);
            Assert.IsGreaterThanOrEqualTo(0, from, $"'{text}' (occurrence {occurrence}) is not in the source");
        }

        return $"{LineAndColumn(source, from)}-{LineAndColumn(source, from + text.Length)}";
    }

    /// <summary>The span of <paramref name="text"/> inside the first occurrence of <paramref name="context"/>.</summary>
    public static string SpanIn(string source, string context, string text)
    {
        var at = source.IndexOf(context, StringComparison.Ordinal);
        Assert.IsGreaterThanOrEqualTo(0, at, $"'{context}' is not in the source");
        var from = source.IndexOf(text, at, StringComparison.Ordinal);
        Assert.IsTrue(from >= 0 && from + text.Length <= at + context.Length, $"'{text}' is not in '{context}'");
        return $"{LineAndColumn(source, from)}-{LineAndColumn(source, from + text.Length)}";
    }

    private static string LineAndColumn(string source, int offset)
    {
        var line = source.Take(offset).Count(c => c == '\n');
        var column = offset - (source.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1);
        return $"({line + 1},{column + 1})";
    }
}
