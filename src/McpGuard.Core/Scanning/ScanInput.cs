using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using McpGuard.Discovery;
using McpGuard.Model;
using McpGuard.Severity;
using McpGuard.Suppression;

namespace McpGuard.Scanning;

/// <summary>
/// Everything the build hands a scan, in one canonical text: the single global property of <c>McpGuard.Scan.proj</c>.
/// Projects whose inputs are equal produce equal text, so MSBuild runs the scan (and logs its lines) once per build
/// however many projects and nodes ask. Only what changes findings is kept: NoWarn and the other id lists are reduced
/// to McpGuard ids, configurations are sorted, so a project's own compiler warnings never split the scan.
/// </summary>
public sealed class ScanInput
{
    /// <summary>The switches (<see cref="McpGuardSettings.Names"/>) by name, as the project set them.</summary>
    public Dictionary<string, string> Settings { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Configurations as (client format id, full path).</summary>
    public List<(string Client, string Path)> Configs { get; } = new();

    /// <summary><c>.globalconfig</c> files of the project, full paths.</summary>
    public List<string> GlobalConfigs { get; } = new();

    public List<SuppressionEntry> Suppressions { get; } = new();

    public List<string> NoWarn { get; } = new();

    public List<string> WarningsAsErrors { get; } = new();

    public List<string> WarningsNotAsErrors { get; } = new();

    public bool TreatWarningsAsErrors { get; set; }

    public string? RepositoryRoot { get; set; }

    public string? SarifFile { get; set; }

    /// <summary><c>McpGuardCodeQualityFile</c>: GitLab's code quality report.</summary>
    public string? CodeQualityFile { get; set; }

    /// <summary><c>McpGuardAdvisorySource</c> items, full paths (folders, <c>.zip</c> or <c>.json</c> files of OSV records).</summary>
    public List<string> AdvisorySources { get; } = new();

    public string? BaselineFile { get; set; }

    public string? PolicyFile { get; set; }

    /// <summary><c>McpGuardCacheDirectory</c>; empty: the user's own cache folder.</summary>
    public string? CacheDirectory { get; set; }

    /// <summary>The McpGuard ids of an MSBuild id list (<c>;</c> or <c>,</c> separated, as csc reads it).</summary>
    public static IEnumerable<string> RuleIds(string? list)
    {
        foreach (var id in SeverityOptions.SplitList(list))
        {
            if (id.Length == 7 && id.StartsWith("MCPG", StringComparison.Ordinal) && id[4] is >= '0' and <= '9' && id[5] is >= '0' and <= '9' && id[6] is >= '0' and <= '9')
            {
                yield return id;
            }
        }
    }

    /// <summary>
    /// The canonical text: <c>key=value</c> fields joined by <c>|</c>. Values keep letters, digits and <c>/\.:_-+,</c> and
    /// spaces; every other character is <c>~</c> and the hex of its UTF-8 bytes, so no character of a path or justification
    /// is lost and MSBuild's own escaping (<c>%XX</c>, <c>;</c>, <c>$</c>, <c>@</c>) never touches the text.
    /// </summary>
    public string Serialize()
    {
        var fields = new List<string>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                fields.Add(key + "=" + Encode(value!));
            }
        }

        foreach (var name in McpGuardSettings.Names)
        {
            Add("setting." + name, Settings.TryGetValue(name, out var value) ? value.Trim() : null);
        }

        Add("root", RepositoryRoot);
        Add("sarif", SarifFile);
        Add("codequality", CodeQualityFile);
        Add("baseline", BaselineFile);
        Add("policy", PolicyFile);
        Add("cache", CacheDirectory);
        Add("nowarn", string.Join(",", NoWarn));
        Add("warnaserror", string.Join(",", WarningsAsErrors));
        Add("warnnotaserror", string.Join(",", WarningsNotAsErrors));
        Add("treatwarningsaserrors", TreatWarningsAsErrors ? "true" : null);
        var globalConfigs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var globalConfig in GlobalConfigs)
        {
            if (globalConfigs.Add(globalConfig))
            {
                Add("globalconfig", globalConfig);
            }
        }

        var advisorySources = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in AdvisorySources)
        {
            if (advisorySources.Add(source))
            {
                Add("advisories", source);
            }
        }

        var configs = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (client, path) in Configs)
        {
            configs.Add(path + "\n" + client);
        }

        foreach (var config in configs)
        {
            var separator = config.LastIndexOf('\n');
            Add("config." + config.Substring(separator + 1), config.Substring(0, separator));
        }

        foreach (var suppression in Suppressions)
        {
            Add("suppress", suppression.Serialize());
        }

        return string.Join("|", fields);
    }

    /// <summary>Reads <see cref="Serialize"/>'s text; unknown fields are ignored.</summary>
    public static ScanInput Parse(string? text)
    {
        var input = new ScanInput();
        foreach (var field in (text ?? string.Empty).Split(new[] { '|' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = field.IndexOf('=');
            if (equals <= 0)
            {
                continue;
            }

            var key = field.Substring(0, equals);
            var value = Decode(field.Substring(equals + 1));
            if (key.StartsWith("setting.", StringComparison.Ordinal))
            {
                input.Settings[key.Substring("setting.".Length)] = value;
            }
            else if (key.StartsWith("config.", StringComparison.Ordinal))
            {
                input.Configs.Add((key.Substring("config.".Length), value));
            }
            else
            {
                input.Read(key, value);
            }
        }

        return input;
    }

    /// <summary>
    /// The scan request, with the validated switches; a configuration whose client is unknown goes to
    /// <paramref name="invalidClient"/> (path, client) instead.
    /// </summary>
    public ScanRequest ToRequest(McpGuardSettings settings, bool writeBaseline, Action<string, string> invalidClient)
    {
        var configs = new List<ConfigFile>();
        foreach (var (client, path) in Configs)
        {
            if (ConfigFormat.TryGetById(client, out var format))
            {
                configs.Add(new ConfigFile(System.IO.Path.GetFullPath(path), format));
            }
            else
            {
                invalidClient(path, client);
            }
        }

        var options = new SeverityOptions(NoWarn, WarningsAsErrors, WarningsNotAsErrors, TreatWarningsAsErrors, settings.Mode, settings.Level);
        return new ScanRequest(configs, GlobalConfigs, options, settings.MaxFileSize)
        {
            RepositoryRoot = RepositoryRoot,
            Suppressions = Suppressions,
            BaselineFile = writeBaseline ? null : BaselineFile,
            PolicyFile = PolicyFile,
            SarifFile = writeBaseline ? null : SarifFile,
            CodeQualityFile = writeBaseline ? null : CodeQualityFile,
            AdvisorySources = AdvisorySources,
        };
    }

    /// <summary>The format ids a configuration's client may name (for MCPG009).</summary>
    public static string ValidClients()
    {
        var ids = new List<string>();
        foreach (var format in ConfigFormat.All)
        {
            ids.Add(format.Id);
        }

        return string.Join(", ", ids);
    }

    private void Read(string key, string value)
    {
        switch (key)
        {
            case "root": RepositoryRoot = value; break;
            case "sarif": SarifFile = value; break;
            case "codequality": CodeQualityFile = value; break;
            case "advisories": AdvisorySources.Add(value); break;
            case "baseline": BaselineFile = value; break;
            case "policy": PolicyFile = value; break;
            case "cache": CacheDirectory = value; break;
            case "nowarn": NoWarn.AddRange(SeverityOptions.SplitList(value)); break;
            case "warnaserror": WarningsAsErrors.AddRange(SeverityOptions.SplitList(value)); break;
            case "warnnotaserror": WarningsNotAsErrors.AddRange(SeverityOptions.SplitList(value)); break;
            case "treatwarningsaserrors": TreatWarningsAsErrors = value == "true"; break;
            case "globalconfig": GlobalConfigs.Add(value); break;
            case "suppress": Suppressions.AddRange(SuppressionEntry.ParseList(value)); break;
        }
    }

    private static string Encode(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '/' or '\\' or '.' or ':' or '_' or '-' or '+' or ',' or ' ')
            {
                text.Append(c);
            }
            else
            {
                text.Append('~').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }

    private static string Decode(string value)
    {
        if (value.IndexOf('~') < 0)
        {
            return value;
        }

        var bytes = new List<byte>(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '~' && i + 2 < value.Length && byte.TryParse(value.Substring(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var b))
            {
                bytes.Add(b);
                i += 2;
            }
            else
            {
                bytes.Add((byte)value[i]);
            }
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }
}
