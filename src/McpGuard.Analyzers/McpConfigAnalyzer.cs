using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Threading;
using McpGuard.Discovery;
using McpGuard.Model;
using McpGuard.Rules;
using McpGuard.Scanning;
using McpGuard.Severity;
using McpGuard.Suppression;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace McpGuard.Analyzers;

/// <summary>
/// Reports McpGuard findings on configuration files passed as <c>AdditionalFiles</c> (the package adds them in IDE
/// builds only, so a command-line build is reported once, by the task). A thin host: it hands the files, switches,
/// suppressions, baseline, policy, advisory records and <c>.editorconfig</c> texts to <see cref="ConfigScanner"/>, the task's engine, and
/// reports what it returns. The compiler applies NoWarn, WarningsAsErrors, TreatWarningsAsErrors and <c>.globalconfig</c>
/// itself, so the engine leaves those to it (<see cref="ScanRequest.CompilerAppliesOptions"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp, LanguageNames.VisualBasic)]
public sealed class McpConfigAnalyzer : DiagnosticAnalyzer
{
    private const string RoleMetadata = "build_metadata.AdditionalFiles.McpGuardRole";
    private const string ClientMetadata = "build_metadata.AdditionalFiles.McpGuardClient";

    private static readonly ImmutableDictionary<string, DiagnosticDescriptor> s_descriptors = CreateDescriptors();

    /// <summary>Per-file results across compilations: an edit to C# code re-checks no configuration, an edit to one re-checks that one.</summary>
    internal static CheckedConfigCache CheckedFiles { get; } = new();

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.CreateRange(s_descriptors.Values);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (CreateRequest(start.Options, start.CancellationToken) is { } request)
            {
                // Every file is checked once per compilation, so that cross-file rules (MCPG610) see all of them.
                var result = new Lazy<ScanResult?>(() => Scan(request));
                start.RegisterAdditionalFileAction(file => Report(file, result.Value));
            }
        });
    }

    private static ScanRequest? CreateRequest(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var provider = options.AnalyzerConfigOptionsProvider;
        var configs = new List<ConfigFile>();
        var editorConfigs = new List<string>();
        var advisories = new List<string>();
        var texts = new Dictionary<string, AdditionalText>(StringComparer.Ordinal);
        string? policy = null, baseline = null;
        foreach (var file in options.AdditionalFiles)
        {
            var metadata = provider.GetOptions(file);
            metadata.TryGetValue(RoleMetadata, out var role);
            texts[file.Path] = file;
            switch (role)
            {
                case "editorconfig": editorConfigs.Add(file.Path); break;
                case "policy": policy = file.Path; break;
                case "baseline": baseline = file.Path; break;
                case "advisory": advisories.Add(file.Path); break;
                case null or "" or "config":
                    var format = metadata.TryGetValue(ClientMetadata, out var client) && ConfigFormat.TryGetById(client, out var byId) ? byId : ConfigLocations.Default.Match(file.Path);
                    if (format is not null)
                    {
                        configs.Add(new ConfigFile(file.Path, format));
                    }

                    break;
            }
        }

        if (configs.Count == 0)
        {
            return null;
        }

        // Invalid switches keep their defaults here; the build reports them (MCPG009).
        var global = provider.GlobalOptions;
        string? Property(string name) => global.TryGetValue("build_property." + name, out var value) ? value : null;
        var settings = McpGuardSettings.Read(Property);
        return new ScanRequest(configs, Array.Empty<string>(), new SeverityOptions([], [], [], false, settings.Mode, settings.Level), settings.MaxFileSize)
        {
            RepositoryRoot = Property("McpGuardRepositoryRoot"),
            Suppressions = SuppressionEntry.ParseList(Property("_McpGuardSuppressList")),
            BaselineFile = baseline,
            PolicyFile = policy,
            AdvisorySources = advisories,
            EditorConfigFiles = editorConfigs,
            ReadText = path => texts.TryGetValue(path, out var file) ? file.GetText(cancellationToken)?.ToString() : null,
            CompilerAppliesOptions = true,
            CheckedFiles = CheckedFiles,
        };
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
        foreach (var finding in result?.Reported ?? Array.Empty<ReportedFinding>())
        {
            if (finding.Source is not { } source || source.Span.Path != context.AdditionalFile.Path || !s_descriptors.TryGetValue(finding.RuleId, out var descriptor))
            {
                continue;
            }

            var location = ToLocation(source.Span);
            var additional = source.RelatedSpan is { } related ? new[] { ToLocation(related) } : null;
            context.ReportDiagnostic(finding.SeverityLeftToHost
                ? Diagnostic.Create(descriptor, location, additional, finding.Message)
                : Diagnostic.Create(descriptor, location, ToDiagnosticSeverity(finding.Severity), additional, null, finding.Message));
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

    private static ImmutableDictionary<string, DiagnosticDescriptor> CreateDescriptors()
    {
        var builder = ImmutableDictionary.CreateBuilder<string, DiagnosticDescriptor>();
        foreach (var rule in RuleCatalog.Descriptors)
        {
            // MCPG703 is on C# source, ToolDescriptionAnalyzer's.
            if (rule.Id != RuleIds.PoisonedToolDescription)
            {
                builder[rule.Id] = new DiagnosticDescriptor(
                    rule.Id, rule.Title, "{0}", rule.Category, ToDiagnosticSeverity(rule.DefaultSeverity), isEnabledByDefault: true, description: rule.Description, helpLinkUri: rule.HelpUri);
            }
        }

        return builder.ToImmutable();
    }
}
