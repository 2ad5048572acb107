using System.Collections.Generic;
using System.Linq;
using McpGuard.Model;
using McpGuard.Syntax;

namespace McpGuard.Rules.Configuration;

/// <summary>
/// MCPG004: a server the client cannot start — no command or url, both, an unknown type, or values of the wrong JSON type.
/// In a layered file (Codex) an entry without command or url overrides a server defined in the user's own configuration.
/// </summary>
public sealed class ServerDefinitionMustBeValidRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.InvalidServerDefinition,
        title: "Define servers the client can start",
        messageFormat: "Server '{0}' {1}",
        RuleCategories.Configuration,
        RuleSeverity.Error,
        description: "An invalid definition is skipped or misread by the client; what is reviewed is not what runs.");

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(RuleContext context)
    {
        var format = context.Document.Format;
        if (format.ServersShape is not (ServersShape.Map or ServersShape.List))
        {
            return;
        }

        CheckContainer(context, format);
        foreach (var server in context.Document.Servers)
        {
            CheckServer(context, server, format);
        }
    }

    private static void CheckContainer(RuleContext context, ConfigFormat format)
    {
        var container = McpDocumentBuilder.Navigate(context.Document.Root, format.ServersPath);
        var entries = container switch
        {
            JsonObjectNode map => map.Properties.Select(p => (p.Name, p.Value)).ToList(),
            JsonArrayNode list => list.Items.Select((item, index) => ("#" + (index + 1), item)).ToList(),
            null => new List<(string, JsonNode)>(),
            _ => null,
        };
        if (entries is null)
        {
            context.Report(Rule, container!.Span, string.Join(".", format.ServersPath), $"list must be a JSON {(format.ServersShape == ServersShape.List ? "array" : "object")} of server definitions");
            return;
        }

        foreach (var (name, value) in entries)
        {
            if (value is not JsonObjectNode)
            {
                context.Report(Rule, value.Span, name, "must be an object with 'command' or 'url'");
            }
        }
    }

    private static void CheckServer(RuleContext context, McpServer server, ConfigFormat format)
    {
        var body = server.Body;
        var command = body.GetValue("command");
        var hasCommand = command is not null;
        var hasUrl = server.Urls.Count > 0 || body.GetValue("tcp") is not null;
        if (!hasCommand && !hasUrl && body.GetValue("url") is null && !format.ServersLayered)
        {
            context.Report(Rule, server.NameSpan, server.Name, "has neither 'command' nor a URL; the client cannot start it");
        }
        else if (hasCommand && server.Urls.Count > 0)
        {
            context.Report(Rule, server.NameSpan, server.Name, "has both 'command' and a URL; clients disagree which one they use");
        }

        if (server.Type is { } type && format.ServerTypes.Count > 0 && !format.ServerTypes.Contains(type.Value))
        {
            context.Report(Rule, type.Span, server.Name, $"has type '{type.Value}', which {format.DisplayName} does not support (supported: {string.Join(", ", format.ServerTypes)})");
        }

        ExpectString(context, server, command, "command", allowObject: format.Id == "zed");
        ExpectStringArray(context, server, body.GetValue("args"));
        ExpectStringMap(context, server, body.GetValue("env"), "env");
        ExpectStringMap(context, server, body.GetValue("headers"), "headers");
        foreach (var key in McpServer.UrlKeys)
        {
            ExpectString(context, server, body.GetValue(key), key, allowObject: false);
        }
    }

    private static void ExpectString(RuleContext context, McpServer server, JsonNode? value, string key, bool allowObject)
    {
        if (value is not null and not JsonStringNode && !(allowObject && value is JsonObjectNode))
        {
            context.Report(Rule, value.Span, server.Name, $"has a '{key}' that is not a string");
        }
    }

    private static void ExpectStringArray(RuleContext context, McpServer server, JsonNode? value)
    {
        if (value is null)
        {
            return;
        }

        if (value is not JsonArrayNode array)
        {
            context.Report(Rule, value.Span, server.Name, "has 'args' that is not an array of strings");
            return;
        }

        foreach (var item in array.Items)
        {
            if (item is not JsonStringNode)
            {
                context.Report(Rule, item.Span, server.Name, "has an 'args' item that is not a string; write it in quotes");
            }
        }
    }

    private static void ExpectStringMap(RuleContext context, McpServer server, JsonNode? value, string key)
    {
        if (value is null)
        {
            return;
        }

        if (value is not JsonObjectNode map)
        {
            context.Report(Rule, value.Span, server.Name, $"has '{key}' that is not an object of strings");
            return;
        }

        foreach (var property in map.Properties)
        {
            if (property.Value is not JsonStringNode)
            {
                context.Report(Rule, property.Value.Span, server.Name, $"sets '{key}.{property.Name}' to a value that is not a string; write it in quotes");
            }
        }
    }
}
