using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Build.Locator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.MSBuild;
using Microsoft.CodeAnalysis.Text;

// Usage: McpGuard.IdeHost <solution-or-project> [<additional-document-path> <file-with-its-unsaved-text>]
// Prints "workspace: <kind>: <message>" per load diagnostic, then one line per McpGuard (MCPG*) or AD0001 diagnostic:
// "<file>(<line>,<col>,<endLine>,<endCol>): <severity> <id> [<project file>]", 1-based like build output.
if (args.Length is not (1 or 3))
{
    Console.Error.WriteLine("usage: McpGuard.IdeHost <solution-or-project> [<additional-document-path> <file-with-its-unsaved-text>]");
    return 2;
}

MSBuildLocator.RegisterDefaults();
return await IdeHost.RunAsync(Path.GetFullPath(args[0]), args.Length == 3 ? (Path.GetFullPath(args[1]), File.ReadAllText(args[2])) : null);

internal static class IdeHost
{
    public static async Task<int> RunAsync(string path, (string Path, string Text)? edit)
    {
        using var workspace = MSBuildWorkspace.Create();
        workspace.RegisterWorkspaceFailedHandler(e => Console.WriteLine($"workspace: {e.Diagnostic.Kind}: {e.Diagnostic.Message}"));
        var solution = path.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase)
            ? (await workspace.OpenProjectAsync(path)).Solution
            : await workspace.OpenSolutionAsync(path);
        if (edit is { } unsaved)
        {
            foreach (var id in solution.Projects.SelectMany(p => p.AdditionalDocuments).Where(d => d.FilePath == unsaved.Path).Select(d => d.Id).ToList())
            {
                solution = solution.WithAdditionalDocumentText(id, SourceText.From(unsaved.Text));
            }
        }

        foreach (var project in solution.Projects.OrderBy(p => p.FilePath, StringComparer.Ordinal))
        {
            foreach (var line in await AnalyzeAsync(project))
            {
                Console.WriteLine(line);
            }
        }

        return 0;
    }

    private static async Task<IEnumerable<string>> AnalyzeAsync(Project project)
    {
        var compilation = await project.GetCompilationAsync() ?? throw new InvalidOperationException($"no compilation for {project.FilePath}");
        var analyzers = project.AnalyzerReferences.SelectMany(r => r.GetAnalyzers(project.Language)).ToImmutableArray();
        var options = new CompilationWithAnalyzersOptions(project.AnalyzerOptions, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false);
        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();
        return diagnostics
            .Where(d => d.Id.StartsWith("MCPG", StringComparison.Ordinal) || d.Id == "AD0001")
            .Select(d => Describe(d, project.FilePath!))
            .OrderBy(line => line, StringComparer.Ordinal);
    }

    private static string Describe(Diagnostic diagnostic, string projectPath)
    {
        var span = diagnostic.Location.GetLineSpan();
        var severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            DiagnosticSeverity.Info => "info",
            _ => "hidden",
        };
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1},{span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1}): {severity} {diagnostic.Id} [{projectPath}]");
    }
}
