using System;
using System.Collections.Generic;
using McpGuard.Internal;
using McpGuard.Model;

namespace McpGuard.Launch;

/// <summary>Every package a server's launch command fetches, through wrappers; and the URLs bridges such as mcp-remote connect to.</summary>
public static class ServerPackages
{
    private static HashSet<string>? s_bridges;

    private static HashSet<string> Bridges => s_bridges ??= LoadBridges();

    /// <summary>The packages a server's launch fetches (a check reads them once per server: <see cref="Rules.RuleContext.Packages"/>).</summary>
    public static IReadOnlyList<PackageReference> Read(McpServer server) => Read(LaunchCommandReader.Read(server));

    /// <summary>The packages the invocations of a launch fetch.</summary>
    public static IReadOnlyList<PackageReference> Read(IReadOnlyList<CommandInvocation> invocations)
    {
        var packages = new List<PackageReference>();
        foreach (var invocation in invocations)
        {
            packages.AddRange(PackageReferenceReader.Read(invocation));
        }

        return packages;
    }

    /// <summary>
    /// The packages a command line fetches (a Claude Code hook, <c>apiKeyHelper</c>, a status line), read as a shell would:
    /// every simple command of its pipes, chains and inline scripts, after <c>xargs</c>, <c>env</c>, <c>sudo</c> … prefixes.
    /// </summary>
    public static IReadOnlyList<PackageReference> ReadCommandLine(Syntax.JsonStringNode commandLine)
    {
        var packages = new List<PackageReference>();
        foreach (var command in Shell.LaunchScript.ReadCommandLine(commandLine).Commands)
        {
            var tokens = new List<CommandToken>();
            for (var i = command.RunIndex; i < command.Words.Count; i++)
            {
                tokens.Add(new CommandToken(command.Words[i].Text, command.Words[i].Source ?? commandLine));
            }

            if (tokens.Count > 0)
            {
                packages.AddRange(PackageReferenceReader.Read(new CommandInvocation(tokens)));
            }
        }

        return packages;
    }

    /// <summary><c>npx mcp-remote https://host/mcp</c>: the remote server a local bridge connects to.</summary>
    public static IEnumerable<CommandToken> BridgedUrls(IReadOnlyList<CommandInvocation> invocations)
    {
        foreach (var invocation in invocations)
        {
            foreach (var package in PackageReferenceReader.Read(invocation))
            {
                if (!Bridges.Contains(package.Name))
                {
                    continue;
                }

                var after = false;
                foreach (var token in invocation.Tokens)
                {
                    if (ReferenceEquals(token, package.Token) || (token.Source == package.Token.Source && token.Text == package.Token.Text))
                    {
                        after = true;
                    }
                    else if (after && (token.Text.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || token.Text.StartsWith("http://", StringComparison.OrdinalIgnoreCase)))
                    {
                        yield return token;
                        break;
                    }
                }
            }
        }
    }

    private static HashSet<string> LoadBridges()
    {
        using var data = EmbeddedData.Load("launchers.json");
        return new HashSet<string>(EmbeddedData.ReadStrings(data.RootElement, "remoteBridges"), StringComparer.Ordinal);
    }
}
