using System.Collections.Generic;
using System.Text;

namespace McpGuard.Launch.Shell;

/// <summary>
/// Reads a script into simple commands and their connections. Not a full shell grammar: enough to see words, quotes,
/// pipes, <c>&amp;&amp;</c>/<c>||</c>/<c>;</c>/<c>&amp;</c>, redirections, and the commands inside <c>$(…)</c>,
/// backticks, <c>&lt;(…)</c> and PowerShell's <c>(…)</c>. Unbalanced input ends at the end of the text; nothing throws.
/// </summary>
internal sealed class ShellParser
{
    private const int MaxNesting = 8;

    private readonly ScriptText _script;
    private readonly string _text;
    private readonly ShellDialect _dialect;
    private readonly int _depth;
    private readonly List<SimpleCommand> _commands;
    private readonly List<CommandConnection> _connections;
    private int _position;

    private ShellParser(ScriptText script, ShellDialect dialect, int depth, List<SimpleCommand> commands, List<CommandConnection> connections)
    {
        _script = script;
        _text = script.Text;
        _dialect = dialect;
        _depth = depth;
        _commands = commands;
        _connections = connections;
    }

    /// <summary>Adds the commands of <paramref name="script"/> (at <paramref name="depth"/>) and their connections.</summary>
    public static void Parse(ScriptText script, ShellDialect dialect, int depth, List<SimpleCommand> commands, List<CommandConnection> connections) =>
        new ShellParser(script, dialect, depth, commands, connections).ParseList(nesting: 0, close: '\0');

    /// <summary>Reads commands until <paramref name="close"/> (or the end); returns the commands it added.</summary>
    private List<SimpleCommand> ParseList(int nesting, char close)
    {
        var added = new List<SimpleCommand>();
        var builder = new CommandBuilder();
        SimpleCommand? previous = null;
        ConnectionKind? pending = null;

        void Finish(ConnectionKind? next)
        {
            if (builder.Words.Count > 0 || builder.Assignments.Count > 0)
            {
                var command = builder.Build(_dialect, _depth);
                _commands.Add(command);
                added.Add(command);
                if (previous is not null && pending is { } kind)
                {
                    _connections.Add(new CommandConnection(kind, previous, command));
                }

                foreach (var (inner, substitution) in builder.Substitutions)
                {
                    _connections.Add(new CommandConnection(substitution, inner, command));
                }

                previous = command;
            }

            pending = next;
            builder = new CommandBuilder();
        }

        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == close && close != '\0')
            {
                _position++;
                break;
            }

            if (c == ' ' || c == '\t' || c == '\r')
            {
                _position++;
                continue;
            }

            if (c == '\n' || c == ';')
            {
                _position++;
                Finish(ConnectionKind.Sequence);
                continue;
            }

            if (c == '#' && _dialect != ShellDialect.Cmd)
            {
                SkipComment();
                continue;
            }

            if (TryReadOperator(out var op))
            {
                if (op is "|" or "|&")
                {
                    Finish(ConnectionKind.Pipe);
                }
                else if (op == "&&")
                {
                    Finish(ConnectionKind.And);
                }
                else if (op == "||")
                {
                    Finish(ConnectionKind.Or);
                }
                else if (op == "&")
                {
                    // PowerShell's call operator (& "path" args) starts a command; elsewhere & separates commands.
                    if (!(_dialect == ShellDialect.PowerShell && builder.Words.Count == 0))
                    {
                        Finish(ConnectionKind.Sequence);
                    }
                }
                else if (op is "(" or ")" or "{" or "}")
                {
                    // Groups and subshells: the commands inside are read like any other; only the boundary matters.
                    Finish(ConnectionKind.Sequence);
                }
                else
                {
                    SkipBlanks();
                    if (_position < _text.Length && _text[_position] != '\n')
                    {
                        builder.Redirections.Add(new ShellRedirection(op, ReadWord(nesting, close, builder)));
                    }
                }

                continue;
            }

            var word = ReadWord(nesting, close, builder);
            if (word.Text.Length == 0 && word.Length == 0)
            {
                continue;
            }

            if (builder.Words.Count == 0 && builder.Assignments.Count == 0 && _dialect == ShellDialect.Posix && ShellCommands.ReservedWords.Contains(word.Text))
            {
                continue;
            }

            if (builder.Words.Count == 0 && IsAssignment(word.Text))
            {
                builder.Assignments.Add(word);
            }
            else
            {
                builder.Words.Add(word);
            }
        }

        Finish(null);
        return added;
    }

    private bool TryReadOperator(out string op)
    {
        op = string.Empty;
        var c = _text[_position];
        string[] candidates = c switch
        {
            '|' => new[] { "||", "|&", "|" },
            '&' => new[] { "&&", "&>>", "&>", "&" },
            '>' => new[] { ">>", ">&", ">|", ">" },
            '<' => new[] { "<<<", "<<", "<&", "<" },
            '(' or ')' => new[] { c.ToString() },
            '{' or '}' when _dialect == ShellDialect.PowerShell => new[] { c.ToString() },
            _ => System.Array.Empty<string>(),
        };
        if (c == '<' && _dialect == ShellDialect.Posix && Next("<("))
        {
            return false;
        }

        if (c == '(' && _dialect == ShellDialect.PowerShell)
        {
            // (iwr …) at a word's start is a subexpression: ReadWord reads it.
            return false;
        }

        foreach (var candidate in candidates)
        {
            if (Next(candidate))
            {
                _position += candidate.Length;
                op = candidate;
                return true;
            }
        }

        return false;
    }

    private ShellWord ReadWord(int nesting, char close, CommandBuilder builder)
    {
        var start = _position;
        var text = new StringBuilder();
        var fdRedirect = false;
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == close && close != '\0')
            {
                break;
            }

            if (c is ' ' or '\t' or '\r' or '\n' or ';' or '|' or '&' or '>' || (c == '<' && !(_dialect == ShellDialect.Posix && Next("<("))))
            {
                fdRedirect = (c == '>' || c == '<') && IsDigits(text);
                break;
            }

            if (c == ')' || (c == '(' && _dialect != ShellDialect.PowerShell && !(text.Length > 0 && text[text.Length - 1] == '$')))
            {
                break;
            }

            if (_dialect == ShellDialect.PowerShell && (c == '}' || c == '{'))
            {
                break;
            }

            if (c == '\'' && _dialect != ShellDialect.Cmd)
            {
                var quote = _text.IndexOf('\'', _position + 1);
                quote = quote < 0 ? _text.Length : quote;
                text.Append(_text, _position + 1, quote - _position - 1);
                _position = quote + 1;
                continue;
            }

            if (c == '"')
            {
                ReadDoubleQuoted(text, nesting, builder);
                continue;
            }

            if ((c == '\\' && _dialect == ShellDialect.Posix) || (c == '^' && _dialect == ShellDialect.Cmd) || (c == '`' && _dialect == ShellDialect.PowerShell))
            {
                if (_position + 1 < _text.Length)
                {
                    text.Append(_text[_position + 1]);
                }

                _position += 2;
                continue;
            }

            if (TryReadSubstitution(text, nesting, builder))
            {
                continue;
            }

            text.Append(c);
            _position++;
        }

        _position = System.Math.Min(_position, _text.Length);
        if (fdRedirect)
        {
            // "2>" : the digits name a file descriptor; the operator follows.
            return _script.Word(string.Empty, start, start);
        }

        return _script.Word(text.ToString(), start, _position);
    }

    private void ReadDoubleQuoted(StringBuilder text, int nesting, CommandBuilder builder)
    {
        _position++;
        while (_position < _text.Length && _text[_position] != '"')
        {
            var c = _text[_position];
            var escape = _dialect == ShellDialect.Posix ? '\\' : _dialect == ShellDialect.PowerShell ? '`' : '\0';
            if (c == escape && _position + 1 < _text.Length && (_dialect != ShellDialect.Posix || _text[_position + 1] is '$' or '`' or '"' or '\\' or '\n'))
            {
                text.Append(_text[_position + 1]);
                _position += 2;
                continue;
            }

            if (_dialect != ShellDialect.Cmd && (c == '$' || c == '`') && TryReadSubstitution(text, nesting, builder))
            {
                continue;
            }

            text.Append(c);
            _position++;
        }

        _position++;
    }

    /// <summary><c>$(…)</c>, <c>`…`</c>, <c>&lt;(…)</c>, <c>&gt;(…)</c>, PowerShell <c>(…)</c>: the inner commands are read, the text is kept.</summary>
    private bool TryReadSubstitution(StringBuilder text, int nesting, CommandBuilder builder)
    {
        var kind = ConnectionKind.Substitution;
        int open;
        char close;
        if (Next("$((") && _dialect == ShellDialect.Posix)
        {
            return false;
        }

        if (Next("$("))
        {
            open = 2;
            close = ')';
        }
        else if (_dialect == ShellDialect.Posix && (Next("<(") || Next(">(")))
        {
            open = 2;
            close = ')';
            kind = ConnectionKind.ProcessSubstitution;
        }
        else if (_dialect == ShellDialect.Posix && _text[_position] == '`')
        {
            open = 1;
            close = '`';
        }
        else if (_dialect == ShellDialect.PowerShell && _text[_position] == '(')
        {
            open = 1;
            close = ')';
        }
        else
        {
            return false;
        }

        var start = _position;
        _position += open;
        if (nesting >= MaxNesting)
        {
            SkipTo(close);
        }
        else
        {
            foreach (var inner in ParseList(nesting + 1, close))
            {
                builder.Substitutions.Add((inner, kind));
            }
        }

        text.Append(_text, start, System.Math.Min(_position, _text.Length) - start);
        return true;
    }

    private void SkipTo(char close)
    {
        var end = _text.IndexOf(close, _position);
        _position = end < 0 ? _text.Length : end + 1;
    }

    private void SkipComment()
    {
        var end = _text.IndexOf('\n', _position);
        _position = end < 0 ? _text.Length : end;
    }

    private void SkipBlanks()
    {
        while (_position < _text.Length && (_text[_position] == ' ' || _text[_position] == '\t'))
        {
            _position++;
        }
    }

    private bool Next(string value) => string.CompareOrdinal(_text, _position, value, 0, value.Length) == 0;

    private static bool IsDigits(StringBuilder text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] < '0' || text[i] > '9')
            {
                return false;
            }
        }

        return true;
    }

    internal static bool IsAssignment(string text)
    {
        var equals = text.IndexOf('=');
        if (equals <= 0 || !(char.IsLetter(text[0]) || text[0] == '_'))
        {
            return false;
        }

        for (var i = 1; i < equals; i++)
        {
            if (!(char.IsLetterOrDigit(text[i]) || text[i] == '_'))
            {
                return false;
            }
        }

        return true;
    }

    private sealed class CommandBuilder
    {
        public List<ShellWord> Words { get; } = new();

        public List<ShellWord> Assignments { get; } = new();

        public List<ShellRedirection> Redirections { get; } = new();

        public List<(SimpleCommand Inner, ConnectionKind Kind)> Substitutions { get; } = new();

        public SimpleCommand Build(ShellDialect dialect, int depth) => new(Words, Assignments, Redirections, dialect, depth);
    }
}
