using System.Collections.Generic;
using McpGuard.Launch.Shell;
using McpGuard.Model;
using McpGuard.Syntax;
using McpGuard.Rules;

namespace McpGuard.Launch;

/// <summary>A variable a configuration sets for a process: in <c>env</c>, Claude settings' <c>env</c>, or <c>NAME=value</c> in a script.</summary>
internal readonly struct EnvironmentValue
{
    public EnvironmentValue(string name, string value, JsonStringNode node, McpServer? server)
    {
        Name = name;
        Value = value;
        Node = node;
        Server = server;
    }

    public string Name { get; }

    public string Value { get; }

    public JsonStringNode Node { get; }

    /// <summary>The server the variable is set for; <c>null</c> for Claude settings' top-level <c>env</c>.</summary>
    public McpServer? Server { get; }

    /// <summary>
    /// Every variable of the document: server <c>env</c> entries, Claude settings' top-level <c>env</c>, and assignments
    /// in launch scripts (<c>NAME=value cmd</c>, <c>env NAME=value cmd</c>); with <paramref name="containers"/>, also
    /// <c>docker run -e NAME=value</c>.
    /// </summary>
    public static List<EnvironmentValue> Collect(RuleContext context, bool containers)
    {
        var values = new List<EnvironmentValue>();
        foreach (var server in context.Document.Servers)
        {
            AddObject(server.Env, server, values);
            foreach (var command in context.Script(server).Commands)
            {
                foreach (var word in command.Assignments)
                {
                    AddAssignment(word, server, values);
                }

                for (var i = 1; i < command.RunIndex && i < command.Words.Count; i++)
                {
                    AddAssignment(command.Words[i], server, values);
                }

                if (containers && ContainerCommand.IsContainerRun(command))
                {
                    foreach (var (option, value, word) in ContainerCommand.Options(command))
                    {
                        if (option is "-e" or "--env" && value is not null && word.Source is { } node && ShellParser.IsAssignment(value))
                        {
                            var equals = value.IndexOf('=');
                            values.Add(new EnvironmentValue(value.Substring(0, equals), value.Substring(equals + 1), node, server));
                        }
                    }
                }
            }
        }

        AddObject(context.Document.SettingsEnv, null, values);
        return values;
    }

    private static void AddObject(JsonObjectNode? env, McpServer? server, List<EnvironmentValue> values)
    {
        if (env is null)
        {
            return;
        }

        foreach (var property in env.Properties)
        {
            if (property.Value is JsonStringNode value)
            {
                values.Add(new EnvironmentValue(property.Name, value.Value, value, server));
            }
        }
    }

    private static void AddAssignment(ShellWord word, McpServer? server, List<EnvironmentValue> values)
    {
        if (word.Source is { } node && ShellParser.IsAssignment(word.Text))
        {
            var equals = word.Text.IndexOf('=');
            values.Add(new EnvironmentValue(word.Text.Substring(0, equals), word.Text.Substring(equals + 1), node, server));
        }
    }
}
