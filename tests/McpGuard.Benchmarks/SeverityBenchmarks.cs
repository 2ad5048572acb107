using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using McpGuard.Rules;
using McpGuard.Severity;

namespace McpGuard.Benchmarks;

/// <summary>
/// Severity resolution for 1 000 findings spread over 50 configuration files, with 200 <c>.editorconfig</c> files in a
/// deep tree (each with MCP sections) and a <c>.globalconfig</c>: building the resolver and resolving every finding.
/// </summary>
[MemoryDiagnoser]
public class SeverityBenchmarks
{
    private readonly List<KeyValuePair<string, string>> _configFiles = new();
    private readonly List<string> _files = new();
    private SeverityResolver _resolver = null!;

    [GlobalSetup]
    public void CreateConfigs()
    {
        _configFiles.Add(new("/repo/.editorconfig", "root = true\n\n[*]\nindent_style = space\n\n[*.json]\ndotnet_diagnostic.MCPG201.severity = error\n"));
        _configFiles.Add(new("/repo/.globalconfig", "is_global = true\ndotnet_diagnostic.MCPG401.severity = error\n"));
        for (var area = 0; area < 20; area++)
        {
            for (var module = 0; module < 10; module++)
            {
                var folder = $"/repo/src/area{area}/module{module}";
                _configFiles.Add(new(folder + "/.editorconfig", $"[*.cs]\ndotnet_diagnostic.CA{1000 + module}.severity = warning\n\n[.mcp.json]\ndotnet_diagnostic.MCPG10{module % 8}.severity = suggestion\n"));
                if (module % 4 == 0)
                {
                    _files.Add(folder + "/.mcp.json");
                }
            }
        }

        _resolver = SeverityResolver.Create(_configFiles, SeverityOptions.Default);
    }

    [Benchmark]
    public SeverityResolver CreateResolver() => SeverityResolver.Create(_configFiles, SeverityOptions.Default);

    [Benchmark]
    public int ResolveThousandFindings()
    {
        var errors = 0;
        var rules = RuleCatalog.Descriptors;
        for (var i = 0; i < 1000; i++)
        {
            if (_resolver.Resolve(rules[i % rules.Count], _files[i % _files.Count]) == RuleSeverity.Error)
            {
                errors++;
            }
        }

        return errors;
    }
}
