using System.Collections.Generic;
using System.Globalization;
using McpGuard.Syntax;
using McpGuard.Text;

namespace McpGuard.Rules.HiddenContent;

/// <summary>
/// MCPG701: zero-width, bidirectional-control, tag or control characters (ESC, BEL, …) anywhere in a configuration (values
/// and keys), at the character.
/// </summary>
public sealed class RemoveHiddenUnicodeRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.HiddenUnicode,
        title: "Remove hidden or bidirectional Unicode",
        messageFormat: "'{0}' contains {1} ({2}); a reviewer does not see them but the model and the program read them, so remove them",
        RuleCategories.HiddenContent,
        RuleSeverity.Error,
        description: "Invisible characters can hide instructions for the model (tag characters), make text display differently from what runs (bidirectional controls), or act on the terminal that shows them (control characters such as ESC and BEL).");

    /// <summary>One string full of scattered hidden characters is reported at its first runs, not once per character.</summary>
    private const int MaxPerText = 10;

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(RuleContext context)
    {
        foreach (var (node, text) in TextLocations.All(context.Document.Root))
        {
            // Names and keys are single-line; a value may hold tabs and line breaks (a script, a description, a PEM key).
            var controls = node is JsonPropertyNode ? ControlCharacters.All : ControlCharacters.ExceptLineBreaks;
            if (!McpGuard.Text.HiddenContent.Contains(text, controls))
            {
                continue;
            }

            var findings = McpGuard.Text.HiddenContent.Find(text, controls);
            for (var i = 0; i < findings.Count && i < MaxPerText; i++)
            {
                var span = TextLocations.SpanOf(node, text, findings[i], () => context.SourceText);
                context.Report(Rule, span, Path(node), findings[i].Reason, Describe(text, findings[i]));
            }
        }
    }

    private static string Path(JsonNode node)
    {
        var path = node.GetPath();
        return path.Length == 0 ? "(root)" : path;
    }

    /// <summary>"U+200B" or "U+E0049 and 11 more": the first code point and the run's length, never the text around it.</summary>
    private static string Describe(string text, TextFinding finding)
    {
        var first = char.ConvertToUtf32(text, finding.Offset);
        var width = first > 0xFFFF ? 2 : 1;
        var count = finding.Length / width;
        var code = "U+" + first.ToString("X4", CultureInfo.InvariantCulture);
        return count == 1 ? code : $"{code} and {count - 1} more";
    }
}
