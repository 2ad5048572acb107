using System.Threading.Tasks;
using McpGuard.Analyzers.ToolCode;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static McpGuard.Analyzers.Tests.ToolCode.ToolCodeHarness;

namespace McpGuard.Analyzers.Tests.ToolCode;

/// <summary>MCPG802 (PathFromToolArgument) on servers compiled against the real SDK, 1.4.1 and 2.4.0.</summary>
[TestClass]
public sealed class PathFromToolArgumentAnalyzerTests
{
    private const string Server = """
        using System.ComponentModel;
        using System.IO;
        using ModelContextProtocol.Server;

        [McpServerToolType]
        public sealed class FileTools
        {
            private const string Root = "/srv/notes";

            [McpServerTool(Name = "read_note"), Description("Reads a note.")]
            public string ReadNote(string name) => File.ReadAllText(Path.Combine(Root, name));

            [McpServerTool(Name = "save_note")]
            public void SaveNote(string name, string text)
            {
                var target = $"{Root}/{name}.md";
                File.WriteAllText(target, text);
            }

            [McpServerTool(Name = "remove")]
            public void Remove(string path) => Delete(path);

            [McpServerTool(Name = "purge")]
            public void Purge(string folder) => new DirectoryInfo(Path.Combine(Root, folder)).Delete(true);

            [McpServerResource(UriTemplate = "notes://{file}")]
            public static string Resource(string file) => new StreamReader(file).ReadToEnd();

            private static void Delete(string victim) => File.Delete(victim);
        }
        """;

    private const string Clean = """
        using System;
        using System.IO;
        using ModelContextProtocol.Server;

        [McpServerToolType]
        public sealed class SafeFileTools
        {
            private static readonly string Root = Path.GetFullPath("/srv/notes");

            [McpServerTool(Name = "read_note")]
            public string ReadNote(string name)
            {
                var full = Path.GetFullPath(Path.Combine(Root, name));
                if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    throw new ArgumentException("outside the notes folder");
                }

                return File.ReadAllText(full);
            }

            [McpServerTool(Name = "save_note")]
            public void SaveNote(string name, string text)
            {
                // Only the file name is kept; the text is contents, not a path.
                File.WriteAllText(Path.Combine(Root, Path.GetFileName(name)), text);
            }

            [McpServerTool(Name = "list")]
            public string[] List(string folder)
            {
                var relative = Path.GetRelativePath(Root, Path.GetFullPath(folder));
                if (relative.StartsWith("..", StringComparison.Ordinal)) return Array.Empty<string>();
                return Directory.GetFiles(folder);
            }

            [McpServerTool(Name = "open")]
            public string Open(string path) => File.ReadAllText(ValidatePath(path));

            [McpServerTool(Name = "exists")]
            public bool Exists(string path) => File.Exists(path) && new FileInfo(path).Length > 0;

            private static string ValidatePath(string path) => path;
        }
        """;

    [TestMethod]
    [DataRow(Oldest)]
    [DataRow(Newest)]
    public async Task UncheckedPathsFromToolArguments_AreReportedAtThePath(string sdkVersion)
    {
        Assert.AreEqual(
            string.Join("\n", new[]
            {
                $"Tools.cs MCPG802 warning {SpanOf(Server, "Path.Combine(Root, name)")} MCP tool 'read_note' reads from a path built from its argument 'name' without checking that it stays inside a root folder: resolve it with Path.GetFullPath and reject it unless it starts with the root",
                $"Tools.cs MCPG802 warning {SpanOf(Server, "target", 2)} MCP tool 'save_note' writes to a path built from its argument 'name' without checking that it stays inside a root folder: resolve it with Path.GetFullPath and reject it unless it starts with the root",
                $"Tools.cs MCPG802 warning {SpanOf(Server, "new DirectoryInfo(Path.Combine(Root, folder))")} MCP tool 'purge' deletes or moves a path built from its argument 'folder' without checking that it stays inside a root folder: resolve it with Path.GetFullPath and reject it unless it starts with the root",
                $"Tools.cs MCPG802 warning {SpanIn(Server, "StreamReader(file)", "file")} MCP tool 'Resource' reads from a path built from its argument 'file' without checking that it stays inside a root folder: resolve it with Path.GetFullPath and reject it unless it starts with the root",
                $"Tools.cs MCPG802 warning {SpanOf(Server, "victim", 2)} MCP tool 'remove' deletes or moves a path built from its argument 'path' without checking that it stays inside a root folder: resolve it with Path.GetFullPath and reject it unless it starts with the root",
            }),
            Describe(await RunAsync("MCPG802", Server, sdkVersion)));
    }

    [TestMethod]
    [DataRow(Oldest)]
    [DataRow(Newest)]
    public async Task PathsProvenInsideARoot_AreSilent(string sdkVersion)
    {
        Assert.AreEqual(string.Empty, Describe(await RunAsync("MCPG802", Clean, sdkVersion)));
    }
}
