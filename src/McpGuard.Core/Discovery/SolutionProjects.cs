using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using System.Xml;

namespace McpGuard.Discovery;

/// <summary>
/// The C# and Visual Basic projects a solution lists (<c>.sln</c> or <c>.slnx</c>), as full paths sorted ordinally: the
/// projects in which the analyzer can report. Read from the solution's text; nothing is evaluated or opened.
/// </summary>
public static class SolutionProjects
{
    // Project("{type}") = "Name", "relative\path.csproj", "{guid}"
    private static readonly Regex s_slnProject = new(
        "^\\s*Project\\(\"[^\"]*\"\\)\\s*=\\s*\"[^\"]*\"\\s*,\\s*\"(?<path>[^\"]+)\"",
        RegexOptions.Multiline | RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    /// <summary>The projects of the solution at <paramref name="solutionPath"/> whose text is <paramref name="text"/>; empty when it cannot be read.</summary>
    public static IReadOnlyList<string> Read(string solutionPath, string text)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(solutionPath)) ?? string.Empty;
        var relativePaths = solutionPath.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase) ? ReadSlnx(text) : ReadSln(text);
        var projects = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var relative in relativePaths)
        {
            var extension = Path.GetExtension(relative);
            if (!extension.Equals(".csproj", StringComparison.OrdinalIgnoreCase) && !extension.Equals(".vbproj", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            try
            {
                projects.Add(Path.GetFullPath(Path.Combine(directory, relative.Replace('\\', Path.DirectorySeparatorChar).Replace('/', Path.DirectorySeparatorChar))));
            }
            catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
            {
                // A path no project can have lists no project.
            }
        }

        return new List<string>(projects);
    }

    private static IEnumerable<string> ReadSln(string text)
    {
        try
        {
            var paths = new List<string>();
            foreach (Match match in s_slnProject.Matches(text))
            {
                paths.Add(match.Groups["path"].Value);
            }

            return paths;
        }
        catch (RegexMatchTimeoutException)
        {
            return Array.Empty<string>();
        }
    }

    private static IEnumerable<string> ReadSlnx(string text)
    {
        var paths = new List<string>();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Project" && reader.GetAttribute("Path") is { Length: > 0 } path)
                {
                    paths.Add(path);
                }
            }
        }
        catch (XmlException)
        {
            // A solution being edited may be malformed for a moment: what was read so far counts.
        }

        return paths;
    }
}
