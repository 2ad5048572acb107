using McpGuard.Launch.Shell;
using System;
using System.Collections.Generic;
using McpGuard.Syntax;
using McpGuard.Launch;
using McpGuard.Network;

namespace McpGuard.Rules.Transport;

/// <summary>
/// MCPG404: <c>--host 0.0.0.0</c>, <c>--bind=::</c>, <c>0.0.0.0:8080</c>, <c>HOST=0.0.0.0</c>, and wildcard CORS (<c>--cors *</c>,
/// <c>CORS_ORIGIN=*</c>). Inside a container (<c>docker run -e HOST=0.0.0.0</c>) binding every interface is how ports are published, so it is not reported;
/// the published port is: <c>docker run -p 8080:8080</c>, and the <c>ports</c> of a service that <c>docker compose up</c> (or
/// <c>run --service-ports</c>) starts, without a loopback <c>host_ip</c>.
/// </summary>
public sealed class ListenOnLoopbackOnlyRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.ListensOnAllInterfaces,
        title: "Do not listen on every interface or allow every origin",
        messageFormat: "Server '{0}' {1} ('{2}') at '{3}'; bind to 127.0.0.1 and name the allowed origins, so other machines on the network and web pages cannot call its tools",
        RuleCategories.Transport,
        RuleSeverity.Warning,
        description: "A local MCP server bound to 0.0.0.0 is reachable from the whole network; with wildcard CORS, any web page the developer opens can call it.");

    private const string AllInterfaces = "listens on every network interface";
    private const string AllOrigins = "allows every web origin";
    private const string PublishedEverywhere = "publishes a container port on every network interface";

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(RuleContext context)
    {
        foreach (var server in context.Document.Servers)
        {
            var reported = new HashSet<JsonStringNode>();
            foreach (var command in context.Script(server).Commands)
            {
                ReportComposePorts(context, server, command);
                var container = ContainerCommand.IsContainerRun(command);
                if (container)
                {
                    ReportPublishedPorts(context, server.Name, command, reported);
                }

                ReportArguments(context, server.Name, command, container, reported);
            }

            ReportEnvironment(context, server);
        }
    }

    private static void ReportArguments(RuleContext context, string server, SimpleCommand command, bool container, HashSet<JsonStringNode> reported)
    {
        for (var i = command.RunIndex + 1; i < command.Words.Count; i++)
        {
            var text = command.Words[i].Text;
            var equals = text.IndexOf('=');
            var option = equals > 0 && text.StartsWith("-", StringComparison.Ordinal) ? text.Substring(0, equals) : i > command.RunIndex + 1 ? command.Words[i - 1].Text : string.Empty;
            var value = equals > 0 && text.StartsWith("-", StringComparison.Ordinal) ? text.Substring(equals + 1) : text;
            var what = (container && option is "-e" or "--env") ? null
                : IsAnyAddress(value) && (NetworkEndpoints.BindOptions.Contains(option) || value.IndexOf(':') > 0 || option.Length == 0 || !option.StartsWith("-", StringComparison.Ordinal)) ? AllInterfaces
                : value.Trim() == "*" && NetworkEndpoints.CorsOptions.Contains(option) ? AllOrigins
                : null;
            if (what is not null && command.Words[i].Source is { } node && reported.Add(node))
            {
                context.Report(Rule, node.Span, server, what, text, node.GetPath());
            }
        }
    }

    private static void ReportEnvironment(RuleContext context, Model.McpServer server)
    {
        foreach (var property in server.Env?.Properties ?? Array.Empty<JsonPropertyNode>())
        {
            var name = property.Name.ToUpperInvariant();
            if (property.Value is not JsonStringNode value)
            {
                continue;
            }

            var what = NetworkEndpoints.BindEnvironment.Contains(name) && IsAnyAddress(value.Value) ? AllInterfaces
                : NetworkEndpoints.CorsEnvironment.Contains(name) && value.Value.Trim() == "*" ? AllOrigins
                : null;
            if (what is not null)
            {
                context.Report(Rule, value.Span, server.Name, what, property.Name + "=" + value.Value, value.GetPath());
            }
        }
    }

    /// <summary><c>docker run -p 8080:8080</c>, <c>--publish 0.0.0.0:8080:80</c>, <c>-P</c>: Docker binds the host side on every interface unless an address is given.</summary>
    private static void ReportPublishedPorts(RuleContext context, string server, SimpleCommand command, HashSet<JsonStringNode> reported)
    {
        foreach (var (option, value, word) in ContainerCommand.Options(command))
        {
            var everywhere = option is "-P" or "--publish-all"
                || (option is "-p" or "--publish" && value is not null && PublishesOnEveryInterface(value));
            if (everywhere && word.Source is { } node && reported.Add(node))
            {
                context.Report(Rule, node.Span, server, PublishedEverywhere, value is null ? option : option + " " + value, node.GetPath());
            }
        }
    }

    /// <summary>The <c>ports</c> of each Compose service started with its ports published: short (<c>"8080:80"</c>) and long (<c>host_ip</c>) syntax.</summary>
    private static void ReportComposePorts(RuleContext context, Model.McpServer server, SimpleCommand command)
    {
        foreach (var service in ComposeCommand.Services(context, server, command))
        {
            if (!service.PublishesPorts || service.Body.GetArray("ports") is not { } ports)
            {
                continue;
            }

            foreach (var port in ports.Items)
            {
                var written = port switch
                {
                    JsonStringNode text when PublishesOnEveryInterface(text.Value) => text.Value,
                    JsonScalarNode number => number.RawText,
                    JsonObjectNode mapping when mapping.GetValue("host_ip") is not JsonStringNode address || IsAnyAddress(address.Value) => LongSyntax(mapping),
                    _ => null,
                };
                if (written is not null)
                {
                    context.Report(Rule, service.Word.Span, server.Name, PublishedEverywhere, "ports: " + written + " " + service.Describe(port), service.Word.GetPath());
                }
            }
        }
    }

    private static string LongSyntax(JsonObjectNode mapping)
    {
        var parts = new List<string>();
        foreach (var property in mapping.Properties)
        {
            var value = property.Value switch
            {
                JsonStringNode text => text.Value,
                JsonScalarNode scalar => scalar.RawText,
                _ => "…",
            };
            parts.Add(property.Name + ": " + value);
        }

        return "{ " + string.Join(", ", parts) + " }";
    }

    /// <summary><c>[ip:]hostPort:containerPort[/proto]</c> or <c>containerPort</c>: without an address (or with 0.0.0.0, ::) the port is on every interface.</summary>
    private static bool PublishesOnEveryInterface(string value)
    {
        var text = value.Trim();
        string address;
        if (text.StartsWith("[", StringComparison.Ordinal))
        {
            var close = text.IndexOf(']');
            address = close > 0 ? text.Substring(0, close + 1) : text;
        }
        else
        {
            var parts = text.Split(':');
            address = parts.Length >= 3 ? parts[0] : string.Empty;
        }

        // A variable or another address (127.0.0.1, ::1, a LAN address) is one interface, or cannot be judged here.
        return address.Length == 0 || IsAnyAddress(address);
    }

    /// <summary><c>0.0.0.0</c>, <c>::</c>, <c>[::]</c>, optionally with a port.</summary>
    private static bool IsAnyAddress(string value)
    {
        var text = value.Trim();
        if (text.StartsWith("0.0.0.0", StringComparison.Ordinal))
        {
            return text.Length == 7 || text[7] == ':';
        }

        return text is "::" or "[::]" || text.StartsWith("[::]:", StringComparison.Ordinal);
    }
}
