using System;
using System.Collections.Generic;
using System.Text.Json;
using McpGuard.Internal;

namespace McpGuard.Launch;

/// <summary>The lists of <c>Data/launch-risks.json</c> (MCPG303–MCPG308).</summary>
internal static class LaunchRisks
{
    private static readonly Lazy<JsonLists> s_lists = new(Load);

    public static HashSet<string> PrivilegedPrograms => s_lists.Value.Sets["privilegedPrograms"];

    public static HashSet<string> FormatPrograms => s_lists.Value.Sets["formatPrograms"];

    public static HashSet<string> WorldWritableModes => s_lists.Value.Sets["worldWritableModes"];

    public static HashSet<string> StartupFiles => s_lists.Value.Sets["startupFiles"];

    public static HashSet<string> HijackEnvironment => s_lists.Value.Sets["hijackEnvironment"];

    public static HashSet<string> HijackEnvironmentPrefixes => s_lists.Value.Sets["hijackEnvironmentPrefixes"];

    /// <summary>Variables holding a list of module folders (<c>PYTHONPATH</c>, <c>NODE_PATH</c>).</summary>
    public static HashSet<string> ModuleSearchPaths => s_lists.Value.Sets["moduleSearchPaths"];

    public static HashSet<string> NodeOptionsThatLoadCode => s_lists.Value.Sets["nodeOptionsThatLoadCode"];

    public static HashSet<string> ContainerPrograms => s_lists.Value.Sets["containerPrograms"];

    public static HashSet<string> ContainerHostNamespaces => s_lists.Value.Sets["containerHostNamespaces"];

    public static HashSet<string> ContainerRootUsers => s_lists.Value.Sets["containerRootUsers"];

    public static HashSet<string> ContainerSocketPaths => s_lists.Value.Sets["containerSocketPaths"];

    /// <summary>Variable name → (values that switch the feature off, "*" for any true value; what is switched off).</summary>
    public static Dictionary<string, (HashSet<string> Values, string What)> InsecureEnvironment => s_lists.Value.InsecureEnvironment;

    /// <summary>Flag → what it switches off.</summary>
    public static Dictionary<string, string> InsecureFlags => s_lists.Value.InsecureFlags;

    /// <summary>(path prefix or segment, what the folder is, whether it must be a prefix).</summary>
    public static List<(string Path, string What, bool Prefix)> UntrustedFolders => s_lists.Value.UntrustedFolders;

    private static JsonLists Load()
    {
        using var data = EmbeddedData.Load("launch-risks.json");
        var root = data.RootElement;
        var lists = new JsonLists();
        foreach (var property in root.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Array && property.Value.GetArrayLength() > 0 && property.Value[0].ValueKind == JsonValueKind.String)
            {
                lists.Sets[property.Name] = new HashSet<string>(EmbeddedData.ReadStrings(root, property.Name), StringComparer.Ordinal);
            }
        }

        foreach (var item in root.GetProperty("insecureEnvironment").EnumerateArray())
        {
            var values = new HashSet<string>(EmbeddedData.ReadStrings(item, "values"), StringComparer.OrdinalIgnoreCase);
            lists.InsecureEnvironment[item.GetProperty("name").GetString()!] = (values, item.GetProperty("what").GetString()!);
        }

        foreach (var item in root.GetProperty("insecureFlags").EnumerateArray())
        {
            lists.InsecureFlags[item.GetProperty("flag").GetString()!] = item.GetProperty("what").GetString()!;
        }

        foreach (var item in root.GetProperty("untrustedFolderPrefixes").EnumerateArray())
        {
            lists.UntrustedFolders.Add((item.GetProperty("path").GetString()!, item.GetProperty("what").GetString()!, true));
        }

        foreach (var item in root.GetProperty("untrustedFolderSegments").EnumerateArray())
        {
            lists.UntrustedFolders.Add((item.GetProperty("segment").GetString()!, item.GetProperty("what").GetString()!, false));
        }

        return lists;
    }

    private sealed class JsonLists
    {
        public Dictionary<string, HashSet<string>> Sets { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, (HashSet<string> Values, string What)> InsecureEnvironment { get; } = new(StringComparer.OrdinalIgnoreCase);

        public Dictionary<string, string> InsecureFlags { get; } = new(StringComparer.Ordinal);

        public List<(string Path, string What, bool Prefix)> UntrustedFolders { get; } = new();
    }
}
