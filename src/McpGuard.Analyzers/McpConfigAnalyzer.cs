using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using McpGuard.Rules;
using McpGuard.Scanning;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace McpGuard.Analyzers;

/// <summary>
/// Reports McpGuard findings on configuration files passed as <c>AdditionalFiles</c> (the package adds them in IDE
/// builds only, so a command-line build is reported once, by the task). A thin host: it hands the files and switches to
/// <see cref="CompilerHostInputs"/> (configurations, switches, suppressions, baseline, policy, advisory records, <c>.editorconfig</c> texts), which makes the scan of <see cref="ConfigScanner"/> (the task's engine) and says which
/// files this project reports, and reports what comes back. The compiler applies NoWarn, WarningsAsErrors,
/// TreatWarningsAsErrors and <c>.globalconfig</c> itself (<see cref="ScanRequest.CompilerAppliesOptions"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp, LanguageNames.VisualBasic)]
public sealed class McpConfigAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableDictionary<string, DiagnosticDescriptor> s_descriptors = CreateDescriptors();

    /// <summary>Per-file results across compilations: an edit to C# code re-checks no configuration, an edit to one re-checks that one.</summary>
    internal static CheckedConfigCache CheckedFiles { get; } = new();

    /// <summary>Rules run after the catalog's, for a test of how the analyzer contains a defective rule.</summary>
    internal IReadOnlyList<McpRule>? AddedRules { get; set; }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.CreateRange(s_descriptors.Values);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var inputs = ReadInputs(start.Options, start.CancellationToken);
            if (inputs.CreateRequest(CheckedFiles) is { } request)
            {
                request.AddedRules = AddedRules;
                // Every file is checked once per compilation, so that cross-file rules (MCPG610) see all of them; in a
                // solution each file is reported by one project.
                var result = new Lazy<ScanResult?>(() => Scan(request));
                start.RegisterAdditionalFileAction(file =>
                {
                    if (inputs.Reports(file.AdditionalFile.Path))
                    {
                        Report(file, result.Value);
                    }
                });
            }
        });
    }

    private static CompilerHostInputs ReadInputs(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var provider = options.AnalyzerConfigOptionsProvider;
        var inputs = new CompilerHostInputs(name => provider.GlobalOptions.TryGetValue("build_property." + name, out var value) ? value : null);
        foreach (var file in options.AdditionalFiles)
        {
            var metadata = provider.GetOptions(file);
            string? Metadata(string name) => metadata.TryGetValue("build_metadata.AdditionalFiles." + name, out var value) ? value : null;
            inputs.Add(file.Path, Metadata("McpGuardRole"), Metadata("McpGuardClient"), Metadata("McpGuardSourcePath"), () => file.GetText(cancellationToken)?.ToString());
        }

        return inputs;
    }

    // A host that cannot load one of Core's dependencies (System.Text.Json) must not turn that into AD0001 on every
    // keystroke: the analyzer stays quiet and the build, where the task reports, still does.
    private static ScanResult? Scan(ScanRequest request)
    {
        try
        {
            return ConfigScanner.Run(request);
        }
        catch (Exception exception) when (exception is FileNotFoundException or FileLoadException or TypeLoadException or MissingMethodException)
        {
            return null;
        }
    }

    private static void Report(AdditionalFileAnalysisContext context, ScanResult? result)
    {
        foreach (var (finding, source) in result?.ReportedIn(context.AdditionalFile.Path) ?? [])
        {
            if (s_descriptors.TryGetValue(finding.RuleId, out var descriptor))
            {
                var location = ToLocation(source.Span);
                var additional = source.RelatedSpan is { } related ? new[] { ToLocation(related) } : null;
                context.ReportDiagnostic(finding.SeverityLeftToHost
                    ? Diagnostic.Create(descriptor, location, additional, finding.Message)
                    : Diagnostic.Create(descriptor, location, ToDiagnosticSeverity(finding.Severity), additional, null, finding.Message));
            }
        }
    }

    private static Location ToLocation(Text.SourceSpan span) => Location.Create(
        span.Path,
        new TextSpan(span.Start.Offset, span.Length),
        new LinePositionSpan(new LinePosition(span.Start.Line, span.Start.Column), new LinePosition(span.End.Line, span.End.Column)));

    private static DiagnosticSeverity ToDiagnosticSeverity(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => DiagnosticSeverity.Error,
        RuleSeverity.Warning => DiagnosticSeverity.Warning,
        RuleSeverity.Info => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Hidden,
    };

    // MCPG703 is on C# source, ToolDescriptionAnalyzer's.
    private static ImmutableDictionary<string, DiagnosticDescriptor> CreateDescriptors() => RuleCatalog.Descriptors
        .Where(rule => rule.Id != RuleIds.PoisonedToolDescription)
        .ToImmutableDictionary(rule => rule.Id, rule => new DiagnosticDescriptor(
            rule.Id, rule.Title, "{0}", rule.Category, ToDiagnosticSeverity(rule.DefaultSeverity), isEnabledByDefault: true, description: rule.Description, helpLinkUri: rule.HelpUri));
}
