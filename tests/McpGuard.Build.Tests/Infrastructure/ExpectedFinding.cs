using System.Globalization;

namespace McpGuard.Build.Tests.Infrastructure;

/// <summary>
/// A finding a test expects: the file relative to the repository (with '/'), the 1-based start and end (end column
/// exclusive, like the compiler's) in UTF-16 columns, the severity word MSBuild prints and the rule id.
/// </summary>
internal sealed record ExpectedFinding(string File, int Line, int Column, int EndLine, int EndColumn, string Severity, string Code)
{
    public static ExpectedFinding Warning(string code, string file, int line, int column, int endColumn) =>
        new(file, line, column, line, endColumn, "warning", code);

    public static ExpectedFinding Error(string code, string file, int line, int column, int endColumn) =>
        new(file, line, column, line, endColumn, "error", code);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{File}({Line},{Column},{EndLine},{EndColumn}): {Severity} {Code}");
}
