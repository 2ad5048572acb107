using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using McpGuard.Discovery;
using McpGuard.Reporting;
using McpGuard.Rules;
using McpGuard.Rules.Configuration;
using McpGuard.Scanning;
using McpGuard.Severity;
using McpGuard.Suppression;

namespace McpGuard.Tool;

/// <summary>
/// <c>mcpguard</c>: turns the arguments into a <see cref="ScanRequest"/>, runs <see cref="ConfigScanner.Run"/> and prints
/// what it returns. Nothing here decides a finding or its severity.
/// </summary>
internal static class McpGuardCommand
{
    public const int Clean = 0;
    public const int ErrorsFound = 1;
    public const int UsageError = 2;

    public static int Run(IReadOnlyList<string> args, string currentDirectory, TextWriter output, TextWriter errors)
    {
        if (ToolArguments.Parse(args, out var problem) is not { } arguments)
        {
            errors.WriteLine("mcpguard: " + problem);
            errors.WriteLine("Run 'mcpguard --help' for usage.");
            return UsageError;
        }

        if (arguments.ShowHelp)
        {
            output.WriteLine(ToolArguments.Usage);
            return Clean;
        }

        if (arguments.ShowVersion)
        {
            output.WriteLine(Version());
            return Clean;
        }

        try
        {
            return Check(arguments, currentDirectory, output, errors);
        }
        catch (ToolException exception)
        {
            errors.WriteLine("mcpguard: " + exception.Message);
            return UsageError;
        }
    }

    private static int Check(ToolArguments arguments, string currentDirectory, TextWriter output, TextWriter errors)
    {
        var start = arguments.Path is null ? currentDirectory : Path.GetFullPath(Path.Combine(currentDirectory, arguments.Path));
        if (!Directory.Exists(start))
        {
            throw new ToolException($"'{arguments.Path}' is not a folder (use --files to name files)");
        }

        // A folder named on the command line is the root (McpGuardRepositoryRoot); otherwise the build's default.
        var root = arguments.Path is null ? ConfigDiscovery.FindRepositoryRoot(start) : start;
        var maxFileSize = ScanRequest.DefaultMaxFileSize;
        GitIndex? index = null;
        IReadOnlyList<ConfigFile> configs;
        switch (arguments.Scope)
        {
            case CheckScope.Files:
                configs = NamedFiles(arguments.Files, root, currentDirectory);
                break;
            case CheckScope.Staged:
                if (!File.Exists(Path.Combine(root, ".git")) && !Directory.Exists(Path.Combine(root, ".git")))
                {
                    throw new ToolException("--staged needs a git repository, and none holds the current folder");
                }

                index = GitIndex.Open(root, maxFileSize);
                configs = StagedFiles(index, root);
                break;
            default:
                configs = ConfigDiscovery.Discover(root);
                break;
        }

        // --files and --staged report on their files; the repository's other configurations are read as context, so that
        // the rules across files (an approval list naming a server of .mcp.json) judge the whole repository.
        var reported = arguments.Scope == CheckScope.Repository ? null : configs.Select(config => config.Path).ToList();
        var scanned = reported is null ? configs : WithContext(configs, root);
        var request = new ScanRequest(scanned, GlobalConfigs(root, index), Options(arguments), maxFileSize)
        {
            RepositoryRoot = root,
            BaselineFile = RepositoryPaths.ToFull(root, arguments.BaselineFile ?? Baseline.DefaultFileName),
            PolicyFile = PolicyFile(arguments, root, index),
            AdvisorySources = arguments.AdvisorySources.Select(source => Path.GetFullPath(Path.Combine(currentDirectory, source))).ToList(),
            SarifFile = arguments.SarifFile is null ? null : Path.GetFullPath(Path.Combine(currentDirectory, arguments.SarifFile)),
            CodeQualityFile = arguments.CodeQualityFile is null ? null : Path.GetFullPath(Path.Combine(currentDirectory, arguments.CodeQualityFile)),
            ReadContent = index is null ? null : index.ReadStaged,
            ReportedConfigs = reported,
            AddsModePreset = true,
        };
        if (arguments.BaselineFile is not null && !File.Exists(request.BaselineFile) && index?.ReadStaged(request.BaselineFile!) is null)
        {
            throw new ToolException($"the baseline '{arguments.BaselineFile}' does not exist");
        }

        if (arguments.Verbose)
        {
            foreach (var config in configs)
            {
                errors.WriteLine($"mcpguard: checking {Display(root, config.Path)} ({config.Format.Id})");
            }
        }

        var result = ConfigScanner.Run(request);
        var failed = Print(result, request, arguments.Verbose, output);
        WriteSarif(result, request, index);
        if (ScanOutputFiles.TryWriteCodeQuality(result, request, out _) is { } codeQualityFailure)
        {
            throw new ToolException($"the code quality report '{request.CodeQualityFile}' could not be written ({codeQualityFailure})");
        }
        var counts = Count(result);
        if (result.Baselined.Count > 0)
        {
            errors.WriteLine($"mcpguard: {result.Baselined.Count} finding(s) accepted by the baseline '{Display(root, request.BaselineFile!)}' are not reported.");
        }

        if (counts.Errors + counts.Warnings > 0 || arguments.Verbose)
        {
            errors.WriteLine($"mcpguard: {configs.Count} file(s) checked: {counts.Errors} error(s), {counts.Warnings} warning(s).");
        }

        return failed ? ErrorsFound : Clean;
    }

    private static List<ConfigFile> WithContext(IReadOnlyList<ConfigFile> configs, string root)
    {
        var all = new List<ConfigFile>(configs);
        var named = new HashSet<string>(configs.Select(config => config.Path), StringComparer.Ordinal);
        all.AddRange(ConfigDiscovery.Discover(root).Where(config => !named.Contains(config.Path)));
        all.Sort((left, right) => string.CompareOrdinal(left.Path, right.Path));
        return all;
    }

    /// <summary>The named files that the build's discovery would check; a missing file is a usage error.</summary>
    private static List<ConfigFile> NamedFiles(IReadOnlyList<string> files, string root, string currentDirectory)
    {
        var configs = new List<ConfigFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var path = Path.GetFullPath(Path.Combine(currentDirectory, file));
            if (!File.Exists(path))
            {
                throw new ToolException($"'{file}' does not exist or is not a file");
            }

            if (ConfigDiscovery.Classify(root, path) is { } config && seen.Add(config.Path))
            {
                configs.Add(config);
            }
        }

        configs.Sort((left, right) => string.CompareOrdinal(left.Path, right.Path));
        return configs;
    }

    /// <summary>The staged files that discovery would check, judged on their staged text.</summary>
    private static List<ConfigFile> StagedFiles(GitIndex index, string root)
    {
        var configs = new List<ConfigFile>();
        var candidates = ConfigLocations.Default;
        foreach (var staged in index.StagedFiles())
        {
            var fullPath = index.FullPath(staged.Path);
            if (!candidates.IsCandidateName(Path.GetFileName(fullPath)))
            {
                continue;
            }

            var content = index.ReadBlob(staged.BlobId);
            index.Remember(staged.Path, content);
            if (ConfigDiscovery.Classify(root, fullPath, _ => new UTF8Encoding(false, false).GetString(content)) is { } config)
            {
                configs.Add(config);
            }
        }

        configs.Sort((left, right) => string.CompareOrdinal(left.Path, right.Path));
        return configs;
    }

    private static SeverityOptions Options(ToolArguments arguments) =>
        new(arguments.NoWarn, arguments.WarningsAsErrors, Array.Empty<string>(), arguments.TreatWarningsAsErrors, arguments.Mode, arguments.Level);

    /// <summary>The build passes the nearest <c>.globalconfig</c> above the project; the command line, the one at the root.</summary>
    private static IReadOnlyList<string> GlobalConfigs(string root, GitIndex? index)
    {
        var path = Path.Combine(root, ".globalconfig");
        return File.Exists(path) || index?.ReadStaged(path) is not null ? new[] { path } : Array.Empty<string>();
    }

    private static string? PolicyFile(ToolArguments arguments, string root, GitIndex? index)
    {
        if (arguments.PolicyFile is not null)
        {
            return RepositoryPaths.ToFull(root, arguments.PolicyFile);
        }

        var path = Path.Combine(root, "mcpguard.json");
        return File.Exists(path) || index?.ReadStaged(path) is not null ? path : null;
    }

    /// <summary>Prints every reported finding (suggestions only with --verbose); whether any is an error.</summary>
    private static bool Print(ScanResult result, ScanRequest request, bool verbose, TextWriter output)
    {
        var failed = false;
        if (result.BaselineProblem is not null)
        {
            var rule = SettingMustBeValidRule.Rule;
            var message = rule.FormatMessage(new object[] { "McpGuardBaselineFile", request.BaselineFile!, "a baseline written by -t:McpGuardBaseline; " + result.BaselineProblem });
            output.WriteLine($"{Display(request.RepositoryRoot!, request.BaselineFile!)}: error {rule.Id}: {InertText.Escape(message)} ({rule.HelpUri})");
            failed = true;
        }

        foreach (var finding in result.Reported)
        {
            failed |= finding.Severity == RuleSeverity.Error;
            if (finding.Severity >= RuleSeverity.Warning || (verbose && finding.Severity == RuleSeverity.Info))
            {
                output.WriteLine(Format(finding, request.RepositoryRoot!));
            }
        }

        return failed;
    }

    /// <summary><c>path(line,col): error MCPG101: message (help link)</c>, the path relative to the root with '/'.</summary>
    internal static string Format(ReportedFinding finding, string root)
    {
        var severity = finding.Severity switch
        {
            RuleSeverity.Error => "error",
            RuleSeverity.Warning => "warning",
            _ => "info",
        };
        var origin = finding.Path.Length == 0 ? "mcpguard" : finding.Line > 0 ? $"{Display(root, finding.Path)}({finding.Line},{finding.Column})" : Display(root, finding.Path);
        return $"{origin}: {severity} {finding.RuleId}: {finding.Message} ({finding.HelpUri})";
    }

    private static string Display(string root, string path) => InertText.Escape(RepositoryPaths.ToRelative(root, path));

    private static void WriteSarif(ScanResult result, ScanRequest request, GitIndex? index)
    {
        if (request.SarifFile is null)
        {
            return;
        }

        try
        {
            var baselineInUse = result.BaselineProblem is null && (File.Exists(request.BaselineFile) || index?.ReadStaged(request.BaselineFile!) is not null);
            SarifLog.WriteFile(request.SarifFile, SarifLog.ToJson(result, request.RepositoryRoot, baselineInUse));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new ToolException($"the SARIF log '{request.SarifFile}' could not be written ({exception.GetType().Name})");
        }
    }

    private static (int Errors, int Warnings) Count(ScanResult result)
    {
        int errors = 0, warnings = 0;
        foreach (var finding in result.Reported)
        {
            errors += finding.Severity == RuleSeverity.Error ? 1 : 0;
            warnings += finding.Severity == RuleSeverity.Warning ? 1 : 0;
        }

        return (errors, warnings);
    }

    private static string Version() =>
        typeof(McpGuardCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}
