using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using McpGuard.Discovery;
using McpGuard.Model;
using McpGuard.Rules;
using McpGuard.Severity;
using McpGuard.Suppression;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace McpGuard.Analyzers;

/// <summary>
/// Reports McpGuard findings on configuration files passed as <c>AdditionalFiles</c> (the package adds them in IDE
/// builds only, so a command-line build is reported once, by the task). Severities configured in <c>.editorconfig</c>
/// are applied here because the compiler applies them to source files only; the compiler still applies NoWarn,
/// WarningsAsErrors, TreatWarningsAsErrors and <c>.globalconfig</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp, LanguageNames.VisualBasic)]
public sealed class McpConfigAnalyzer : DiagnosticAnalyzer
{
    private const string RoleMetadata = "build_metadata.AdditionalFiles.McpGuardRole";
    private const string ClientMetadata = "build_metadata.AdditionalFiles.McpGuardClient";
    private const string RootProperty = "build_property.McpGuardRepositoryRoot";
    private const string SuppressListProperty = "build_property._McpGuardSuppressList";

    private static readonly ImmutableDictionary<string, DiagnosticDescriptor> s_descriptors = CreateDescriptors();

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.CreateRange(s_descriptors.Values);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var options = start.Options;
            if (options.AdditionalFiles.IsEmpty)
            {
                return;
            }

            var severities = CreateSeverityResolver(options, start.CancellationToken);
            // Invalid values keep their defaults here; the build reports them (MCPG009).
            var global = options.AnalyzerConfigOptionsProvider.GlobalOptions;
            var switches = Scanning.McpGuardSettings.Read(name => global.TryGetValue("build_property." + name, out var value) ? value : null);
            var maxSize = switches.MaxFileSize;
            var configs = new List<(AdditionalText File, ConfigFormat Format)>();
            foreach (var file in options.AdditionalFiles)
            {
                if (GetFormat(options.AnalyzerConfigOptionsProvider.GetOptions(file), file.Path) is { } format)
                {
                    configs.Add((file, format));
                }
            }

            if (configs.Count == 0)
            {
                return;
            }

            // Every file is checked once per compilation, so that cross-file rules (MCPG610) see all of them.
            var policyFile = FindPolicy(options);
            var findings = new Lazy<Dictionary<string, List<Finding>>>(() => CheckAll(configs, policyFile, maxSize, start.CancellationToken));
            var settings = new Settings(CreateSuppressionFilter(options, start.CancellationToken), switches.Mode, switches.Level);
            start.RegisterAdditionalFileAction(file => AnalyzeFile(file, severities, findings, settings));
        });
    }

    private static void AnalyzeFile(AdditionalFileAnalysisContext context, SeverityResolver severities, Lazy<Dictionary<string, List<Finding>>> all, Settings settings)
    {
        var file = context.AdditionalFile;
        if (!all.Value.TryGetValue(file.Path, out var findings))
        {
            return;
        }

        foreach (var finding in settings.Suppressions.Apply(findings))
        {
            // McpGuardLevel is judged on the severity known here (.editorconfig, else the mode's); the compiler may still change it.
            // A milder finding of a rule (an anon key under MCPG101) carries its own default; configuration still wins.
            var configured = severities.FromConfiguration(finding.Rule, file.Path)
                ?? (finding.DefaultSeverity != finding.Rule.DefaultSeverity ? AnalysisModes.Apply(settings.Mode, finding.DefaultSeverity) : null);
            if (configured == RuleSeverity.None
                || (configured ?? AnalysisModes.Apply(settings.Mode, finding.Rule.DefaultSeverity)) < settings.Level
                || !s_descriptors.TryGetValue(finding.RuleId, out var descriptor))
            {
                continue;
            }

            var location = ToLocation(file.Path, finding.Span);
            var additional = finding.RelatedSpan is { } related ? new[] { ToLocation(file.Path, related) } : null;
            var diagnostic = configured is { } severity
                ? Diagnostic.Create(descriptor, location, ToDiagnosticSeverity(severity), additional, null, finding.Message)
                : Diagnostic.Create(descriptor, location, additional, finding.Message);
            context.ReportDiagnostic(diagnostic);
        }
    }

    // A host that cannot load one of Core's dependencies (System.Text.Json) must not turn that into AD0001 on every
    // keystroke: CheckAll stays quiet and the build, where the task reports, still does.
    private static Dictionary<string, List<Finding>> CheckAll(List<(AdditionalText File, ConfigFormat Format)> configs, AdditionalText? policyFile, long maxSize, System.Threading.CancellationToken cancellationToken)
    {
        var byPath = new Dictionary<string, List<Finding>>(StringComparer.Ordinal);
        try
        {
            var policy = ReadPolicy(policyFile, byPath, cancellationToken);
            var documents = new List<McpDocument>();
            foreach (var (file, format) in configs)
            {
                var checkedConfig = Check(file, format, policy, maxSize, cancellationToken);
                byPath[file.Path] = new List<Finding>(checkedConfig.Findings);
                if (checkedConfig.Document is { } document)
                {
                    documents.Add(document);
                }
            }

            foreach (var finding in ConfigChecker.CheckRepository(documents))
            {
                if (byPath.TryGetValue(finding.Span.Path, out var list))
                {
                    list.Add(finding);
                }
            }
        }
        catch (Exception exception) when (exception is FileNotFoundException or FileLoadException or TypeLoadException or MissingMethodException)
        {
            byPath.Clear();
        }

        return byPath;
    }

    /// <summary>The policy (an additional file with the role <c>policy</c>); its problems are reported on it, as the task does.</summary>
    private static AdditionalText? FindPolicy(AnalyzerOptions options)
    {
        foreach (var file in options.AdditionalFiles)
        {
            if (options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(RoleMetadata, out var role) && role == "policy")
            {
                return file;
            }
        }

        return null;
    }

    private static Policy.McpPolicy? ReadPolicy(AdditionalText? file, Dictionary<string, List<Finding>> byPath, System.Threading.CancellationToken cancellationToken)
    {
        if (file?.GetText(cancellationToken) is not { } text)
        {
            return null;
        }

        var read = Policy.PolicyReader.Read(file.Path, System.Text.Encoding.UTF8.GetBytes(text.ToString()));
        byPath[file.Path] = new List<Finding>(read.Problems);
        return read.Policy;
    }

    private static CheckedConfig Check(AdditionalText file, ConfigFormat format, Policy.McpPolicy? policy, long maxSize, System.Threading.CancellationToken cancellationToken)
    {
        try
        {
            return Read(file, format, policy, maxSize, cancellationToken);
        }
        catch (Exception exception) when (exception is not (OperationCanceledException or FileNotFoundException or FileLoadException or TypeLoadException or MissingMethodException))
        {
            // Any other defect is one MCPG001 naming it, never AD0001 (which would hide every other finding of the file).
            return new CheckedConfig(file.Path, null, new[] { ConfigChecker.FileProblem(file.Path, format, ConfigChecker.Failure("the analyzer", exception)) });
        }
    }

    private static CheckedConfig Read(AdditionalText file, ConfigFormat format, Policy.McpPolicy? policy, long maxSize, System.Threading.CancellationToken cancellationToken)
    {
        var text = file.GetText(cancellationToken);
        if (text is null)
        {
            return new CheckedConfig(file.Path, null, new[] { ConfigChecker.FileProblem(file.Path, format, "the file could not be read") });
        }

        // Characters, not bytes: close enough to keep absurd files from being parsed in the editor.
        return text.Length > maxSize
            ? new CheckedConfig(file.Path, null, new[] { ConfigChecker.FileProblem(file.Path, format, ConfigChecker.TooLarge(text.Length, maxSize)) })
            : ConfigChecker.CheckFile(file.Path, format, Text.ConfigText.ToUtf8(text.ToString()), null, policy);
    }

    /// <summary>The file's client: from the package's <c>McpGuardClient</c> metadata, else from its well-known location.</summary>
    private static ConfigFormat? GetFormat(AnalyzerConfigOptions options, string path)
    {
        if (options.TryGetValue(RoleMetadata, out var role) && role.Length > 0 && role != "config")
        {
            return null;
        }

        if (options.TryGetValue(ClientMetadata, out var client) && ConfigFormat.TryGetById(client, out var format))
        {
            return format;
        }

        return ConfigLocations.Default.Match(path);
    }

    private static SeverityResolver CreateSeverityResolver(AnalyzerOptions options, System.Threading.CancellationToken cancellationToken)
    {
        var configs = new List<KeyValuePair<string, string>>();
        foreach (var file in options.AdditionalFiles)
        {
            if (options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(RoleMetadata, out var role)
                && role == "editorconfig"
                && file.GetText(cancellationToken) is { } text)
            {
                configs.Add(new KeyValuePair<string, string>(file.Path, text.ToString()));
            }
        }

        // NoWarn, WarningsAsErrors and .globalconfig are the compiler's job here; only .editorconfig is resolved.
        return SeverityResolver.Create(configs, SeverityOptions.Default);
    }

    /// <summary><c>McpGuardSuppress</c> items (a compiler-visible property) and the baseline (an additional file), as the task applies them.</summary>
    private static SuppressionFilter CreateSuppressionFilter(AnalyzerOptions options, System.Threading.CancellationToken cancellationToken)
    {
        var global = options.AnalyzerConfigOptionsProvider.GlobalOptions;
        global.TryGetValue(RootProperty, out var root);
        global.TryGetValue(SuppressListProperty, out var list);
        Baseline? baseline = null;
        foreach (var file in options.AdditionalFiles)
        {
            if (options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(RoleMetadata, out var role) && role == "baseline" && file.GetText(cancellationToken) is { } text)
            {
                try
                {
                    baseline = Baseline.Parse(System.Text.Encoding.UTF8.GetBytes(text.ToString()));
                }
                catch (InvalidDataException)
                {
                    // The build reports an unusable baseline (MCPG009); the editor shows the findings it would have hidden.
                }
            }
        }

        return new SuppressionFilter(root, SuppressionEntry.ParseList(list), baseline);
    }

    private static Location ToLocation(string path, Text.SourceSpan span) => Location.Create(
        path,
        new TextSpan(span.Start.Offset, span.Length),
        new LinePositionSpan(new LinePosition(span.Start.Line, span.Start.Column), new LinePosition(span.End.Line, span.End.Column)));

    private static DiagnosticSeverity ToDiagnosticSeverity(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => DiagnosticSeverity.Error,
        RuleSeverity.Warning => DiagnosticSeverity.Warning,
        RuleSeverity.Info => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Hidden,
    };

    private sealed class Settings(SuppressionFilter suppressions, AnalysisMode mode, RuleSeverity level)
    {
        public SuppressionFilter Suppressions { get; } = suppressions;

        public AnalysisMode Mode { get; } = mode;

        public RuleSeverity Level { get; } = level;
    }

    private static ImmutableDictionary<string, DiagnosticDescriptor> CreateDescriptors()
    {
        var builder = ImmutableDictionary.CreateBuilder<string, DiagnosticDescriptor>();
        foreach (var rule in RuleCatalog.Descriptors)
        {
            // MCPG703 is on C# source, ToolDescriptionAnalyzer's.
            if (rule.Id == RuleIds.PoisonedToolDescription)
            {
                continue;
            }

            builder[rule.Id] = new DiagnosticDescriptor(
                rule.Id,
                rule.Title,
                "{0}",
                rule.Category,
                ToDiagnosticSeverity(rule.DefaultSeverity),
                isEnabledByDefault: true,
                description: rule.Description,
                helpLinkUri: rule.HelpUri);
        }

        return builder.ToImmutable();
    }
}
