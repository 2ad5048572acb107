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

// Usage: dotnet run --project tests/McpGuard.ServerAudit -c Release -- <repository folder>...
// Each folder is one repository's source (e.g. a `git archive` of it). Its .cs files, without bin/, obj/ and test
// folders, become one compilation against the ModelContextProtocol SDK 2.4.0, ASP.NET Core and the .NET shared
// framework; types of other packages stay unresolved, which only hides findings. Prints one line per MCPG8xx finding
// (and any AD0001) and a count of [McpServerTool] methods per repository.
// What <ImplicitUsings>enable</ImplicitUsings> adds in Microsoft.NET.Sdk.Web projects (a superset of the console SDK's).
const string ImplicitUsings = """
    global using System;
    global using System.Collections.Generic;
    global using System.IO;
    global using System.Linq;
    global using System.Net.Http;
    global using System.Net.Http.Json;
    global using System.Threading;
    global using System.Threading.Tasks;
    global using Microsoft.AspNetCore.Builder;
    global using Microsoft.AspNetCore.Hosting;
    global using Microsoft.AspNetCore.Http;
    global using Microsoft.AspNetCore.Routing;
    global using Microsoft.Extensions.Configuration;
    global using Microsoft.Extensions.DependencyInjection;
    global using Microsoft.Extensions.Hosting;
    global using Microsoft.Extensions.Logging;
    """;

var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new ToolCodeAnalyzer());
var references = References();
var total = 0;
foreach (var folder in args)
{
    var root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
    var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
        .Where(path => !Path.GetRelativePath(root, path).Split(Path.DirectorySeparatorChar).Any(IsSkippedFolder))
        .OrderBy(path => path, StringComparer.Ordinal)
        .ToList();
    var options = new CSharpParseOptions(LanguageVersion.Preview);
    var trees = files.Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), options, path: Path.GetRelativePath(root, path))).ToList();
    trees.Add(CSharpSyntaxTree.ParseText(ImplicitUsings, options, path: "ImplicitUsings.g.cs"));
    var compilation = CSharpCompilation.Create(
        "Audit",
        trees,
        references,
        new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));
    var tools = trees.Sum(tree => tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.AttributeSyntax>()
        .Count(a => a.Name.ToString() is "McpServerTool" or "McpServerToolAttribute" or "ModelContextProtocol.Server.McpServerTool"));
    var diagnostics = await compilation.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync();
    if (Environment.GetEnvironmentVariable("MCPGUARD_AUDIT_ERRORS") == "1")
    {
        foreach (var error in compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(20))
        {
            Console.WriteLine("  compiler: " + error);
        }
    }

    Console.WriteLine($"## {Path.GetFileName(root)}: {files.Count} files, {tools} tool methods, {diagnostics.Length} findings");
    foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start))
    {
        var span = diagnostic.Location.GetLineSpan();
        Console.WriteLine($"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}) {diagnostic.Id} {diagnostic.Severity}: {diagnostic.GetMessage()}");
    }

    total += diagnostics.Length;
}

Console.WriteLine($"total findings: {total}");
return 0;

static bool IsSkippedFolder(string name) =>
    name is "bin" or "obj" or "node_modules" || name.Contains("test", StringComparison.OrdinalIgnoreCase);

// The DLLs of a package's newest lib/ folder a net10.0 project can use.
static IEnumerable<string> NewestLibrary(string package)
{
    var lib = Path.Combine(package, "lib");
    var folder = new[] { "net10.0", "net9.0", "net8.0", "net6.0", "netstandard2.1", "netstandard2.0" }
        .Select(tfm => Path.Combine(lib, tfm)).FirstOrDefault(Directory.Exists);
    return folder is null ? [] : Directory.GetFiles(folder, "*.dll");
}

static ImmutableArray<MetadataReference> References()
{
    var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
    var runtimeFolder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
    var aspNetFolder = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(runtimeFolder)!)!, "Microsoft.AspNetCore.App", Path.GetFileName(runtimeFolder));
    var packages = typeof(Program).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "McpGuardNuGetPackageRoot").Value!;
    var sdk = new[] { ("modelcontextprotocol.core", "2.4.0"), ("modelcontextprotocol", "2.4.0"), ("modelcontextprotocol.aspnetcore", "2.4.0"),
            ("microsoft.extensions.ai.abstractions", "10.11.0"), ("dapper", "2.1.86"), ("microsoft.data.sqlclient", "7.1.2"), ("system.data.sqlclient", "4.9.1"), ("npgsql", "10.0.3"),
            ("microsoft.entityframeworkcore", "10.0.15"), ("microsoft.entityframeworkcore.relational", "10.0.15") }
        .SelectMany(p => NewestLibrary(Path.Combine(packages, p.Item1, p.Item2)));
    return [.. platform.Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
        .Concat(Directory.GetFiles(aspNetFolder, "*.dll"))
        .Concat(sdk)
        .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
        .Select(g => (MetadataReference)MetadataReference.CreateFromFile(g.Last()))];
}
