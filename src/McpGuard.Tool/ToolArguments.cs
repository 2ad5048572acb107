using System;
using System.Collections.Generic;
using McpGuard.Rules;
using McpGuard.Severity;

namespace McpGuard.Tool;

/// <summary>What to check, and the settings the build would take from MSBuild properties.</summary>
internal enum CheckScope
{
    /// <summary><c>mcpguard [path]</c>: discovery over the repository, as the build does.</summary>
    Repository,

    /// <summary><c>mcpguard --files a b c</c>: the named files that discovery would check.</summary>
    Files,

    /// <summary><c>mcpguard --staged</c>: the configuration files staged in git, as the index holds them.</summary>
    Staged,
}

/// <summary>
/// The parsed command line. A hand parser rather than System.CommandLine: the grammar is one optional path, one file
/// list and a few valued switches; a usage error must exit 2 with one line naming it (System.CommandLine's parse
/// errors exit 1, which a hook cannot tell from an error finding); and <c>--files</c> takes paths from git or a hook
/// framework verbatim, where System.CommandLine would expand a name starting with <c>@</c> as a response file.
/// </summary>
internal sealed class ToolArguments
{
    public const string Usage = """
        Usage: mcpguard [<path>] [options]
               mcpguard --files <file>... [options]
               mcpguard --staged [options]

        Checks the MCP configuration files of a repository with the rules of McpGuard.Build and prints each finding
        as `path(line,col): error MCPG101: message`, paths relative to the repository root. Exit code: 0 no error
        finding, 1 at least one error finding, 2 usage error or the check could not run.

          <path>                 the repository root to check (default: the nearest folder above the current one
                                 holding .git, as in the build)
          --files <file>...      check these files instead (those the build's discovery would check; others are
                                 skipped); every following argument up to the next option, or all after `--`
          --staged               check the configuration files staged in git, reading the staged content (the
                                 index), not the working tree: the pre-commit gate
          --mode <mode>          default, strict or audit (McpGuardMode)
          --level <level>        suggestion, warning or error: the lowest severity reported (McpGuardLevel)
          --baseline <file>      the baseline (McpGuardBaselineFile); default: mcpguard.baseline.json at the root
          --policy <file>        the policy (McpGuardPolicyFile); default: mcpguard.json at the root when it exists
          --advisories <path>    also read the OSV advisory records of this folder, .zip or .json file
                                 (McpGuardAdvisorySource); repeat for several
          --sarif <file>         also write a SARIF 2.1.0 log of every finding (McpGuardSarifFile)
          --codequality <file>   also write GitLab's code quality report (McpGuardCodeQualityFile)
          --no-warn <ids>        rule ids not to report, separated by ',' or ';' (NoWarn)
          --warnaserror[=<ids>]  report warnings as errors: every one, or the ids listed (TreatWarningsAsErrors,
                                 WarningsAsErrors)
          --verbose              also print suggestions, and the files checked
          -h, --help             print this help
          --version              print the version

        Severities come from .editorconfig and the .globalconfig at the repository root, as in the build.
        """;

    private ToolArguments()
    {
    }

    public CheckScope Scope { get; private set; }

    /// <summary>The folder (<see cref="CheckScope.Repository"/>) as given; <c>null</c>: the current folder.</summary>
    public string? Path { get; private set; }

    public IReadOnlyList<string> Files { get; private set; } = Array.Empty<string>();

    public AnalysisMode Mode { get; private set; }

    public RuleSeverity Level { get; private set; } = RuleSeverity.Info;

    public string? BaselineFile { get; private set; }

    public string? PolicyFile { get; private set; }

    public IReadOnlyList<string> AdvisorySources { get; private set; } = Array.Empty<string>();

    public string? SarifFile { get; private set; }

    public string? CodeQualityFile { get; private set; }

    public IReadOnlyList<string> NoWarn { get; private set; } = Array.Empty<string>();

    public bool TreatWarningsAsErrors { get; private set; }

    public IReadOnlyList<string> WarningsAsErrors { get; private set; } = Array.Empty<string>();

    public bool Verbose { get; private set; }

    public bool ShowHelp { get; private set; }

    public bool ShowVersion { get; private set; }

    /// <summary>The arguments, or <c>null</c> and the usage error (one line).</summary>
    public static ToolArguments? Parse(IReadOnlyList<string> args, out string? error)
    {
        var result = new ToolArguments();
        var files = new List<string>();
        var noWarn = new List<string>();
        var warningsAsErrors = new List<string>();
        var advisorySources = new List<string>();
        var listingFiles = false;
        var filesOnly = false;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (filesOnly || (listingFiles && !arg.StartsWith("-", StringComparison.Ordinal)))
            {
                files.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                if (!listingFiles)
                {
                    error = "'--' may only follow --files";
                    return null;
                }

                filesOnly = true;
                continue;
            }

            listingFiles = false;
            var name = arg;
            string? inlineValue = null;
            var equals = arg.IndexOf('=');
            if (arg.StartsWith("--", StringComparison.Ordinal) && equals > 2)
            {
                name = arg.Substring(0, equals);
                inlineValue = arg.Substring(equals + 1);
            }

            if (name.StartsWith("-", StringComparison.Ordinal) && name is not ("--no-warn" or "--files" or "--advisories") && !seen.Add(name))
            {
                error = $"{name} is given twice";
                return null;
            }

            string? Value()
            {
                if (inlineValue is not null)
                {
                    return inlineValue.Length == 0 ? null : inlineValue;
                }

                return i + 1 < args.Count && !args[i + 1].StartsWith("-", StringComparison.Ordinal) ? args[++i] : null;
            }

            switch (name)
            {
                case "-h" or "--help" or "-?":
                    result.ShowHelp = true;
                    break;
                case "--version":
                    result.ShowVersion = true;
                    break;
                case "--verbose":
                    result.Verbose = true;
                    break;
                case "--staged":
                    result.Scope = CheckScope.Staged;
                    seen.Add("scope:staged");
                    break;
                case "--files":
                    listingFiles = true;
                    seen.Add("scope:files");
                    result.Scope = CheckScope.Files;
                    break;
                case "--mode":
                    if (!AnalysisModes.TryParseMode(Value() ?? "?", out var mode))
                    {
                        error = $"--mode takes one of: {AnalysisModes.ValidModes}";
                        return null;
                    }

                    result.Mode = mode;
                    break;
                case "--level":
                    if (!AnalysisModes.TryParseLevel(Value() ?? "?", out var level))
                    {
                        error = $"--level takes one of: {AnalysisModes.ValidLevels}";
                        return null;
                    }

                    result.Level = level;
                    break;
                case "--baseline":
                case "--policy":
                case "--sarif":
                case "--codequality":
                    if (Value() is not { } file)
                    {
                        error = $"{name} takes a file";
                        return null;
                    }

                    if (name == "--baseline")
                    {
                        result.BaselineFile = file;
                    }
                    else if (name == "--policy")
                    {
                        result.PolicyFile = file;
                    }
                    else if (name == "--sarif")
                    {
                        result.SarifFile = file;
                    }
                    else
                    {
                        result.CodeQualityFile = file;
                    }

                    break;
                case "--advisories":
                    if (Value() is not { } source)
                    {
                        error = "--advisories takes a folder, a .zip or a .json file";
                        return null;
                    }

                    advisorySources.Add(source);
                    break;
                case "--no-warn":
                    if (!TryReadIds(Value(), noWarn))
                    {
                        error = "--no-warn takes rule ids such as MCPG201,MCPG202";
                        return null;
                    }

                    break;
                case "--warnaserror":
                    if (inlineValue is null)
                    {
                        result.TreatWarningsAsErrors = true;
                    }
                    else if (!TryReadIds(inlineValue, warningsAsErrors))
                    {
                        error = "--warnaserror= takes rule ids such as MCPG201,MCPG202";
                        return null;
                    }

                    break;
                default:
                    if (arg.StartsWith("-", StringComparison.Ordinal))
                    {
                        error = $"unknown option '{arg}'";
                        return null;
                    }

                    if (result.Path is not null)
                    {
                        error = $"one folder only; '{arg}' is a second (use --files to name files)";
                        return null;
                    }

                    result.Path = arg;
                    break;
            }

            if (inlineValue is not null && name is "-h" or "--help" or "--version" or "--verbose" or "--staged" or "--files")
            {
                error = $"{name} takes no value";
                return null;
            }
        }

        if (seen.Contains("scope:staged") && seen.Contains("scope:files"))
        {
            error = "--staged and --files cannot be combined";
            return null;
        }

        if (result.Scope != CheckScope.Repository && result.Path is not null)
        {
            error = $"a folder ('{result.Path}') cannot be combined with {(result.Scope == CheckScope.Staged ? "--staged" : "--files")}";
            return null;
        }

        if (result.Scope == CheckScope.Files && files.Count == 0 && !result.ShowHelp)
        {
            error = "--files needs at least one file";
            return null;
        }

        result.Files = files;
        result.NoWarn = noWarn;
        result.AdvisorySources = advisorySources;
        result.WarningsAsErrors = warningsAsErrors;
        return result;
    }

    /// <summary>Ids separated by ',' or ';' (as NoWarn): each must be a rule id McpGuard knows.</summary>
    private static bool TryReadIds(string? value, List<string> ids)
    {
        var any = false;
        foreach (var id in SeverityOptions.SplitList(value))
        {
            if (RuleCatalog.Find(id.ToUpperInvariant()) is null)
            {
                return false;
            }

            ids.Add(id.ToUpperInvariant());
            any = true;
        }

        return any;
    }
}
