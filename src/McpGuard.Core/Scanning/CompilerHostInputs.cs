using System;
using System.Collections.Generic;
using McpGuard.Discovery;
using McpGuard.Model;
using McpGuard.Severity;
using McpGuard.Suppression;

namespace McpGuard.Scanning;

/// <summary>
/// What the package hands the analyzer, as a scan: the files it adds to the compilation, each with its McpGuard role
/// (<c>config</c>, <c>editorconfig</c>, <c>policy</c>, <c>baseline</c>, <c>advisory</c>, <c>solution</c>), and the compiler-visible MSBuild
/// properties. <c>.editorconfig</c> files arrive as copies (a workspace host warns "Duplicate source file" when the file
/// itself is both an analyzer config and an additional file) and are read at their original path. Which of the files this
/// project reports is <see cref="Reports"/>: in a solution, one project per file.
/// </summary>
public sealed class CompilerHostInputs
{
    private readonly Func<string, string?> _property;
    private readonly List<ConfigFile> _configs = new();
    private readonly List<string> _editorConfigs = new();
    private readonly List<string> _advisories = new();
    private readonly Dictionary<string, Func<string?>> _texts = new(StringComparer.Ordinal);
    private string? _policy;
    private string? _baseline;
    private string? _solution;
    private IReadOnlyList<string>? _solutionProjects;

    /// <summary>The host's inputs; <paramref name="property"/> reads a compiler-visible MSBuild property by name.</summary>
    public CompilerHostInputs(Func<string, string?> property)
    {
        _property = property;
    }

    /// <summary>One file: its path, its <c>McpGuardRole</c> and <c>McpGuardClient</c> metadata, the original path of a copy, and its text.</summary>
    public void Add(string path, string? role, string? client, string? sourcePath, Func<string?> readText)
    {
        var logicalPath = string.IsNullOrEmpty(sourcePath) ? path : sourcePath!;
        _texts[logicalPath] = readText;
        switch (role)
        {
            case "editorconfig": _editorConfigs.Add(logicalPath); break;
            case "policy": _policy = logicalPath; break;
            case "baseline": _baseline = logicalPath; break;
            case "advisory": _advisories.Add(logicalPath); break;
            case "solution": _solution = logicalPath; break;
            case null or "" or "config":
                var format = client is not null && ConfigFormat.TryGetById(client, out var byId) ? byId : ConfigLocations.Default.Match(logicalPath);
                if (format is not null)
                {
                    _configs.Add(new ConfigFile(logicalPath, format));
                }

                break;
        }
    }

    /// <summary>
    /// The scan of the files added, with the switches read from the properties; <c>null</c> when there is no configuration file. Invalid switches keep their defaults here; the build reports them (MCPG009).
    /// </summary>
    public ScanRequest? CreateRequest(CheckedConfigCache? checkedFiles)
    {
        if (_configs.Count == 0)
        {
            return null;
        }

        var settings = McpGuardSettings.Read(_property);
        return new ScanRequest(_configs, Array.Empty<string>(), new SeverityOptions([], [], [], false, settings.Mode, settings.Level), settings.MaxFileSize)
        {
            RepositoryRoot = _property("McpGuardRepositoryRoot"),
            Suppressions = SuppressionEntry.ParseList(_property("_McpGuardSuppressList")),
            BaselineFile = _baseline,
            PolicyFile = _policy,
            AdvisorySources = _advisories,
            EditorConfigFiles = _editorConfigs,
            ReadText = path => _texts.TryGetValue(path, out var read) ? read() : null,
            CompilerAppliesOptions = true,
            CheckedFiles = checkedFiles,
        };
    }

    /// <summary>
    /// Whether this project (<c>MSBuildProjectFullPath</c>) reports findings located in <paramref name="filePath"/>:
    /// without a solution (or a readable one, or the project's path), every project does.
    /// </summary>
    public bool Reports(string filePath)
    {
        var projectPath = _property("MSBuildProjectFullPath");
        if (string.IsNullOrEmpty(projectPath) || _solution is null)
        {
            return true;
        }

        _solutionProjects ??= _texts[_solution]() is { } text ? SolutionProjects.Read(_solution, text) : Array.Empty<string>();
        return ReportingProject.Reports(projectPath!, filePath, _solutionProjects);
    }
}
