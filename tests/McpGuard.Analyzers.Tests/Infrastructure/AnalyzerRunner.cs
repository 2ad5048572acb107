using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace McpGuard.Analyzers.Tests.Infrastructure;

/// <summary>Runs <see cref="McpConfigAnalyzer"/> on a one-class C# compilation with in-memory additional files.</summary>
internal sealed class AnalyzerRunner
{
    private readonly List<AdditionalText> _files = new();
    private readonly Dictionary<string, ImmutableDictionary<string, string>> _metadata = new();
    private readonly Dictionary<string, ReportDiagnostic> _specificOptions = new();
    private McpConfigAnalyzer _analyzer = new();
    private ImmutableDictionary<string, string> _global = ImmutableDictionary<string, string>.Empty;

    /// <summary>Runs an analyzer that also runs <paramref name="rules"/> after the catalog's.</summary>
    public AnalyzerRunner WithAddedRules(params McpGuard.Rules.McpRule[] rules)
    {
        _analyzer = new McpConfigAnalyzer { AddedRules = rules };
        return this;
    }

    public AnalyzerRunner WithConfig(string path, string text, string? client = null) =>
        WithFile(new InMemoryAdditionalText(path, text), client);

    /// <summary>Any additional file (e.g. one whose reading fails) as a configuration.</summary>
    public AnalyzerRunner WithFile(AdditionalText file, string? client = null)
    {
        var path = file.Path;
        _files.Add(file);
        var metadata = ImmutableDictionary<string, string>.Empty;
        if (client is not null)
        {
            metadata = metadata
                .Add("build_metadata.AdditionalFiles.McpGuardRole", "config")
                .Add("build_metadata.AdditionalFiles.McpGuardClient", client);
        }

        _metadata[path] = metadata;
        return this;
    }

    public AnalyzerRunner WithEditorConfig(string path, string text)
    {
        _files.Add(new InMemoryAdditionalText(path, text));
        _metadata[path] = ImmutableDictionary<string, string>.Empty.Add("build_metadata.AdditionalFiles.McpGuardRole", "editorconfig");
        return this;
    }

    /// <summary>The package's copy (in obj/) of the <c>.editorconfig</c> at <paramref name="sourcePath"/>, as it hands it in the IDE.</summary>
    public AnalyzerRunner WithEditorConfigCopy(string copyPath, string sourcePath, string text)
    {
        _files.Add(new InMemoryAdditionalText(copyPath, text));
        _metadata[copyPath] = ImmutableDictionary<string, string>.Empty
            .Add("build_metadata.AdditionalFiles.McpGuardRole", "editorconfig")
            .Add("build_metadata.AdditionalFiles.McpGuardSourcePath", sourcePath);
        return this;
    }

    /// <summary>The solution the IDE names (<c>.sln</c> or <c>.slnx</c>) and this project's path in it.</summary>
    public AnalyzerRunner InSolution(string solutionPath, string solutionText, string projectPath)
    {
        _files.Add(new InMemoryAdditionalText(solutionPath, solutionText));
        _metadata[solutionPath] = ImmutableDictionary<string, string>.Empty.Add("build_metadata.AdditionalFiles.McpGuardRole", "solution");
        return WithProperty("MSBuildProjectFullPath", projectPath);
    }

    /// <summary>The baseline file the package hands the analyzer in the IDE.</summary>
    public AnalyzerRunner WithBaseline(string path, string text)
    {
        _files.Add(new InMemoryAdditionalText(path, text));
        _metadata[path] = ImmutableDictionary<string, string>.Empty.Add("build_metadata.AdditionalFiles.McpGuardRole", "baseline");
        return this;
    }

    /// <summary>An OSV record file of an <c>McpGuardAdvisorySource</c>, as the package adds it in the IDE.</summary>
    public AnalyzerRunner WithAdvisory(string path, string text)
    {
        _files.Add(new InMemoryAdditionalText(path, text));
        _metadata[path] = ImmutableDictionary<string, string>.Empty.Add("build_metadata.AdditionalFiles.McpGuardRole", "advisory");
        return this;
    }

    /// <summary>The policy file (<c>mcpguard.json</c>), as the package adds it.</summary>
    public AnalyzerRunner WithPolicy(string path, string text)
    {
        _files.Add(new InMemoryAdditionalText(path, text));
        _metadata[path] = ImmutableDictionary<string, string>.Empty.Add("build_metadata.AdditionalFiles.McpGuardRole", "policy");
        return this;
    }

    /// <summary>A compiler-visible MSBuild property (<c>McpGuardMode</c> → <c>build_property.McpGuardMode</c>).</summary>
    public AnalyzerRunner WithProperty(string name, string value)
    {
        _global = _global.SetItem("build_property." + name, value);
        return this;
    }

    /// <summary>What NoWarn and WarningsAsErrors become on the compiler's command line.</summary>
    public AnalyzerRunner WithSpecificOption(string id, ReportDiagnostic option)
    {
        _specificOptions[id] = option;
        return this;
    }

    public async Task<ImmutableArray<Diagnostic>> RunAsync()
    {
        var compilation = CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText("public class C { }")],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary).WithSpecificDiagnosticOptions(_specificOptions));
        var options = new AnalyzerOptions([.. _files], new TestOptionsProvider(_metadata, _global));
        var withAnalyzers = compilation.WithAnalyzers([_analyzer], new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
        var diagnostics = await withAnalyzers.GetAllDiagnosticsAsync();
        return [.. diagnostics.Where(d => d.Id.StartsWith("MCPG", System.StringComparison.Ordinal) || d.Id == "AD0001")
            .OrderBy(d => d.Location.GetLineSpan().Path, System.StringComparer.Ordinal)
            .ThenBy(d => d.Location.GetLineSpan().StartLinePosition)
            .ThenBy(d => d.Id, System.StringComparer.Ordinal)];
    }

    /// <summary><c>MCPG201 warning (5,22)-(5,59)</c>, 1-based like build output.</summary>
    public static string Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var severity = diagnostic.Severity.ToString().ToLowerInvariant();
        return $"{System.IO.Path.GetFileName(span.Path)} {diagnostic.Id} {severity} ({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})-({span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1})";
    }
}
