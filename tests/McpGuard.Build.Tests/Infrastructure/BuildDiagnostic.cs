using System.Globalization;

namespace McpGuard.Build.Tests.Infrastructure;

/// <summary>
/// One warning or error line of an MSBuild console log:
/// <c>file(line,col,endLine,endCol): warning CODE: message [project]</c>. Positions are 0 when the line has none.
/// </summary>
internal sealed record BuildDiagnostic(
    string File,
    int Line,
    int Column,
    int EndLine,
    int EndColumn,
    string Severity,
    string Code,
    string Message,
    string Project,
    string Text)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{File}({Line},{Column},{EndLine},{EndColumn}): {Severity} {Code}: {Message}");
}
