using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using McpGuard.Analyzers;
using McpGuard.Discovery;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace McpGuard.Benchmarks;

/// <summary>
/// The analyzer as an editor runs it: every keystroke makes a new compilation with the same configuration files (the
/// corpus, as AdditionalFiles). After a C# edit no configuration is checked again (per-file results are reused by
/// content); after an edit to one configuration only that one is; <see cref="AfterEveryConfigEdit"/> is the cost
/// without reuse. Each benchmark alternates between two texts so every invocation is an edit.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private readonly List<AdditionalText> _configs = new();
    private readonly Dictionary<string, ImmutableDictionary<string, string>> _metadata = new(StringComparer.Ordinal);
    private ImmutableArray<AdditionalText> _editedOnce;
    private ImmutableArray<AdditionalText> _editedAll;
    private CSharpCompilation _compilation = null!;
    private SyntaxTree[] _codeVersions = null!;
    private int _edits;

    /// <summary>How many configuration files the repository holds: a typical one, and the whole corpus.</summary>
    [Params(4, 124)]
    public int Files { get; set; }

    [GlobalSetup]
    public void Load()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "corpus", "files");
        foreach (var file in Directory.GetFiles(folder).OrderBy(f => f, StringComparer.Ordinal))
        {
            if (_configs.Count == Files)
            {
                break;
            }

            var repositoryPath = "/repo/" + string.Join("/", Path.GetFileName(file).Split("__").Skip(3));
            if (ConfigLocations.Default.Match(repositoryPath) is { } format)
            {
                _configs.Add(new Text(repositoryPath + "#" + _configs.Count, File.ReadAllText(file)));
                _metadata[_configs[^1].Path] = ImmutableDictionary<string, string>.Empty
                    .Add("build_metadata.AdditionalFiles.McpGuardRole", "config")
                    .Add("build_metadata.AdditionalFiles.McpGuardClient", format.Id);
            }
        }

        // Edited copies: the same paths with a trailing newline, which every format accepts.
        _editedAll = [.. _configs.Select(c => (AdditionalText)new Text(c.Path, c.GetText()!.ToString() + "\n"))];
        _editedOnce = [_editedAll[0], .. _configs.Skip(1)];
        _codeVersions = [CSharpSyntaxTree.ParseText("public class C { public int M() => 1; }", path: "/repo/src/C.cs"), CSharpSyntaxTree.ParseText("public class C { public int M() => 2; }", path: "/repo/src/C.cs")];
        _compilation = CSharpCompilation.Create(
            "Consumer",
            [_codeVersions[0]],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Console.WriteLine($"// {_configs.Count} configuration files; {Run(_compilation, [.. _configs]).Result} diagnostics");
    }

    /// <summary>The compiler's own cost of running an analyzer on the compilation: no configuration file at all.</summary>
    [Benchmark]
    public Task<int> NoConfiguration() => Run(_compilation.ReplaceSyntaxTree(_compilation.SyntaxTrees[0], _codeVersions[_edits++ % 2]), []);

    [Benchmark(Baseline = true)]
    public Task<int> AfterCSharpEdit()
    {
        var edit = _edits++ % 2;
        return Run(_compilation.ReplaceSyntaxTree(_compilation.SyntaxTrees[0], _codeVersions[edit]), [.. _configs]);
    }

    [Benchmark]
    public Task<int> AfterOneConfigEdit() => Run(_compilation, _edits++ % 2 == 0 ? _editedOnce : [.. _configs]);

    [Benchmark]
    public Task<int> AfterEveryConfigEdit() => Run(_compilation, _edits++ % 2 == 0 ? _editedAll : [.. _configs]);

    private async Task<int> Run(Compilation compilation, ImmutableArray<AdditionalText> files)
    {
        var options = new AnalyzerOptions(files, new OptionsProvider(_metadata));
        var diagnostics = await compilation.WithAnalyzers([new McpConfigAnalyzer()], options).GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);
        return diagnostics.Length;
    }

    private sealed class Text(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class OptionsProvider(Dictionary<string, ImmutableDictionary<string, string>> perFile) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(ImmutableDictionary<string, string>.Empty);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(perFile[textFile.Path]);

        private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
