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
/// to McpGuard ids, configurations are sorted, so a project's own compiler warnings never split the scan. The files
/// discovery found are not listed: <see cref="Discovery"/> names the discovery they came from, and only the project's
/// own changes to that list travel (<see cref="Configs"/> added, <see cref="RemovedConfigs"/> removed), so the text, and
/// a project's work to write it, does not grow with the number of configuration files of the repository.
/// </summary>
public sealed class ScanInput
{
    /// <summary>The switches (<see cref="McpGuardSettings.Names"/>) by name, as the project set them.</summary>
    public Dictionary<string, string> Settings { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The global properties of the scan project's <c>Discover</c> call whose files the project kept; empty: the project
    /// lists every configuration in <see cref="Configs"/> itself.
    /// </summary>
    public Dictionary<string, string> Discovery { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Configurations as (client format id, full path): with <see cref="Discovery"/>, those the project added to it.</summary>
    public List<(string Client, string Path)> Configs { get; } = new();

    /// <summary>Full paths of discovered configurations the project removed (or gave another client).</summary>
    public List<string> RemovedConfigs { get; } = new();

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

        foreach (var (client, path) in Sorted(Configs))
        {
            Add("config." + client, path);
        }

        var discoveryNames = new List<string>(Discovery.Keys);
        discoveryNames.Sort(StringComparer.OrdinalIgnoreCase);
        foreach (var name in discoveryNames)
        {
            fields.Add("discover." + Encode(name) + "=" + Encode(Discovery[name]));
        }

        foreach (var path in new SortedSet<string>(RemovedConfigs, StringComparer.Ordinal))
        {
            Add("removed", path);
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
            else if (key.StartsWith("discover.", StringComparison.Ordinal))
            {
                input.Discovery[Decode(key.Substring("discover.".Length))] = value;
            }
            else
            {
                input.Read(key, value);
            }
        }

        return input;
    }

    /// <summary>
    /// Replaces <see cref="Discovery"/> by the files it found (<paramref name="discovered"/>: client, full path): the
    /// scan's configurations become the discovered ones less <see cref="RemovedConfigs"/>, plus <see cref="Configs"/>,
    /// in the order <see cref="Serialize"/> gives a full list.
    /// </summary>
    public void AddDiscovered(IEnumerable<(string Client, string Path)> discovered)
    {
        var removed = new HashSet<string>(RemovedConfigs, StringComparer.Ordinal);
        var configs = new List<(string Client, string Path)>(Configs);
        foreach (var config in discovered)
        {
            if (!removed.Contains(config.Path))
            {
                configs.Add(config);
            }
        }

        Configs.Clear();
        Configs.AddRange(Sorted(configs));
        Discovery.Clear();
        RemovedConfigs.Clear();
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
            case "removed": RemovedConfigs.Add(value); break;
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

    /// <summary>Each configuration once, ordinal by path, then by client: the order <see cref="Serialize"/> writes them in.</summary>
    private static IEnumerable<(string Client, string Path)> Sorted(IEnumerable<(string Client, string Path)> configs)
    {
        var sorted = new SortedSet<(string Path, string Client)>(PathThenClient.Instance);
        foreach (var (client, path) in configs)
        {
            sorted.Add((path, client));
        }

        foreach (var (path, client) in sorted)
        {
            yield return (client, path);
        }
    }

    private sealed class PathThenClient : IComparer<(string Path, string Client)>
    {
        public static readonly PathThenClient Instance = new();

        public int Compare((string Path, string Client) x, (string Path, string Client) y)
        {
            var byPath = string.CompareOrdinal(x.Path, y.Path);
            return byPath != 0 ? byPath : string.CompareOrdinal(x.Client, y.Client);
        }
    }
}
