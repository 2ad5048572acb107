using System;
using System.Collections.Generic;
using System.Text;

namespace McpGuard.Core.Tests.Infrastructure;

/// <summary>
/// A configuration text with expected findings marked inline: <c>{|MCPG201:"pkg"|}</c> marks the span of an MCPG201
/// finding (the JSON string including its quotes); <c>{|MCPG001:|}</c> marks a position.
/// </summary>
internal sealed class MarkedConfig
{
    private MarkedConfig(string text, IReadOnlyList<ExpectedFinding> expected)
    {
        Text = text;
        Expected = expected;
    }

    public string Text { get; }

    public IReadOnlyList<ExpectedFinding> Expected { get; }

    public static MarkedConfig Parse(string marked)
    {
        var text = new StringBuilder();
        var expected = new List<ExpectedFinding>();
        var line = 0;
        var column = 0;
        var open = new Stack<(string Id, int Line, int Column)>();
        for (var i = 0; i < marked.Length; i++)
        {
            if (marked[i] == '{' && i + 1 < marked.Length && marked[i + 1] == '|')
            {
                var colon = marked.IndexOf(':', i);
                open.Push((marked.Substring(i + 2, colon - i - 2), line, column));
                i = colon;
                continue;
            }

            if (marked[i] == '|' && i + 1 < marked.Length && marked[i + 1] == '}' && open.Count > 0)
            {
                var start = open.Pop();
                expected.Add(new ExpectedFinding(start.Id, start.Line + 1, start.Column + 1, line + 1, column + 1));
                i++;
                continue;
            }

            text.Append(marked[i]);
            if (marked[i] == '\n')
            {
                line++;
                column = 0;
            }
            else
            {
                column++;
            }
        }

        if (open.Count > 0)
        {
            throw new ArgumentException("Unclosed {| markup in test input.", nameof(marked));
        }

        return new MarkedConfig(text.ToString(), expected);
    }
}

internal sealed record ExpectedFinding(string RuleId, int Line, int Column, int EndLine, int EndColumn)
{
    public override string ToString() => $"{RuleId} ({Line},{Column})-({EndLine},{EndColumn})";
}
