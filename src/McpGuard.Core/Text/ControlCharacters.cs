namespace McpGuard.Text;

/// <summary>Whether <see cref="HiddenContent"/> reports C0 and C1 control characters (ESC, BEL, DEL, U+0080–U+009F).</summary>
public enum ControlCharacters
{
    /// <summary>Not reported (descriptions checked for instructions, where other rules look at them).</summary>
    Ignored,

    /// <summary>Reported, except tab, line feed and CR LF: a value may span lines (a script, a description, a PEM key).</summary>
    ExceptLineBreaks,

    /// <summary>Every one reported: names and keys are single-line.</summary>
    All,
}
