using System;
using System.Collections.Generic;
using McpGuard.Internal;
using McpGuard.Launch.Shell;
using McpGuard.Credentials;

namespace McpGuard.ToolCode;

/// <summary>
/// What the MCPG8xx analyzers know about .NET APIs (<c>Data/tool-sinks.json</c>) and the engine's shared judgements they
/// reuse: which names hold credentials (<c>credential-names.json</c>) and which programs are shells (<c>shell-commands.json</c>).
/// Members are keyed "Namespace.Type.Member"; the analyzer builds that key from a symbol.
/// </summary>
public static class ToolCodeApis
{
    private static readonly Lazy<Dictionary<string, MemberSet>> s_sets = new(Load);

    /// <summary>Whether <paramref name="typeName"/>.<paramref name="memberName"/> is in the list <paramref name="list"/> of the data file.</summary>
    public static bool Contains(string list, string typeName, string memberName) =>
        s_sets.Value.TryGetValue(list, out var set) && set.Contains(typeName, memberName);

    /// <summary>The plain words of a list (<c>validatorWords</c>, <c>sqlChangeKeywords</c> …).</summary>
    public static IReadOnlyList<string> Words(string list) =>
        s_sets.Value.TryGetValue(list, out var set) ? set.Names : Array.Empty<string>();

    /// <summary>Core's credential-name judgement: <c>GITHUB_TOKEN</c>, <c>Api:Key</c> yes; <c>MAX_TOKENS</c> no.</summary>
    public static bool IsCredentialName(string name) => CredentialNames.IsCredentialName(name);

    /// <summary>Whether <paramref name="option"/> makes <paramref name="program"/> (a path or file name, any case, with or without .exe) run the next argument as a script: <c>bash -c</c>, <c>cmd /c</c>, <c>pwsh -Command</c>.</summary>
    public static bool IsShellScriptOption(string program, string option)
    {
        var name = ProgramName(program);
        var lower = option.ToLowerInvariant();
        if (ShellCommands.PosixShells.Contains(name))
        {
            return lower.Length > 1 && lower[0] == '-' && lower[1] != '-' && lower.IndexOf('c') > 0;
        }

        if (ShellCommands.CmdShells.Contains(name))
        {
            return lower == "/c" || lower == "/k" || lower == "/r";
        }

        return ShellCommands.PowerShells.Contains(name)
            && (lower == "-command" || lower == "-c" || lower == "-encodedcommand" || lower == "-e" || lower == "-ec" || lower == "/command" || lower == "/c");
    }

    public static bool IsShell(string program) => ShellCommands.IsShell(ProgramName(program));

    /// <summary><c>/usr/bin/bash</c>, <c>C:\Windows\System32\cmd.exe</c> → <c>bash</c>, <c>cmd</c>.</summary>
    private static string ProgramName(string program)
    {
        var name = program.Trim().Trim('"');
        var slash = Math.Max(name.LastIndexOf('/'), name.LastIndexOf('\\'));
        name = name.Substring(slash + 1).ToLowerInvariant();
        return name.EndsWith(".exe", StringComparison.Ordinal) ? name.Substring(0, name.Length - 4) : name;
    }

    private static Dictionary<string, MemberSet> Load()
    {
        using var data = EmbeddedData.Load("tool-sinks.json");
        var sets = new Dictionary<string, MemberSet>(StringComparer.Ordinal);
        foreach (var property in data.RootElement.EnumerateObject())
        {
            if (property.Value.ValueKind == System.Text.Json.JsonValueKind.Array)
            {
                sets[property.Name] = new MemberSet(EmbeddedData.ReadStrings(data.RootElement, property.Name));
            }
        }

        return sets;
    }

    private sealed class MemberSet
    {
        private readonly HashSet<string> _members = new(StringComparer.Ordinal);
        private readonly HashSet<string> _wholeTypes = new(StringComparer.Ordinal);

        public MemberSet(string[] names)
        {
            Names = names;
            foreach (var name in names)
            {
                if (name.EndsWith(".*", StringComparison.Ordinal))
                {
                    _wholeTypes.Add(name.Substring(0, name.Length - 2));
                }
                else
                {
                    _members.Add(name);
                }
            }
        }

        public string[] Names { get; }

        public bool Contains(string typeName, string memberName)
        {
            if (_wholeTypes.Contains(typeName) || _members.Contains(typeName + "." + memberName))
            {
                return true;
            }

            return memberName.EndsWith("Async", StringComparison.Ordinal) && memberName.Length > 5
                && _members.Contains(typeName + "." + memberName.Substring(0, memberName.Length - 5));
        }
    }
}
