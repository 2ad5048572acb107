using System.Threading.Tasks;
using McpGuard.Analyzers.ToolCode;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static McpGuard.Analyzers.Tests.ToolCode.ToolCodeHarness;

namespace McpGuard.Analyzers.Tests.ToolCode;

/// <summary>MCPG806 (MisleadingToolAnnotation) on servers compiled against the real SDK, 1.4.1 and 2.4.0.</summary>
[TestClass]
public sealed class MisleadingToolAnnotationAnalyzerTests
{
    private const string Server = """
        using System.Data.Common;
        using System.Diagnostics;
        using System.IO;
        using ModelContextProtocol.Server;

        [McpServerToolType]
        public sealed class NoteTools
        {
            [McpServerTool(Name = "tidy", ReadOnly = true)]
            public void Tidy() => Cleanup("/srv/notes/tmp");

            [McpServerTool(Name = "archive", Destructive = false)]
            public void Archive(string name) => File.Move("/srv/notes/" + name, "/srv/archive/" + name);

            [McpServerTool(Name = "shell", ReadOnly = true, Destructive = false)]
            public void Shell() => Process.Start("bash", "-c uptime");

            [McpServerTool(Name = "reset", Destructive = false)]
            public int Reset(DbConnection connection)
            {
                using var command = connection.CreateCommand();
                command.CommandText = "TRUNCATE TABLE notes";
                return command.ExecuteNonQuery();
            }

            private static void Cleanup(string folder) => Directory.Delete(folder, recursive: true);
        }
        """;

    private const string Clean = """
        using System.Data.Common;
        using System.Diagnostics;
        using System.IO;
        using ModelContextProtocol.Server;

        [McpServerToolType]
        public sealed class HonestTools
        {
            [McpServerTool(Name = "read", ReadOnly = true)]
            public string Read(DbConnection connection)
            {
                using var stream = new FileStream("/srv/notes/a.md", FileMode.Open, FileAccess.Read);
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT COUNT(*) FROM notes";
                return new StreamReader(stream).ReadToEnd() + command.ExecuteScalar();
            }

            [McpServerTool(Name = "add", Destructive = false)]
            public void Add(string text) => File.AppendAllText("/srv/notes/log.md", text);

            [McpServerTool(Name = "status", ReadOnly = true)]
            public void Status() => Process.Start("git", "status");

            // Destructive left out: the SDK and the protocol then say destructive, which is honest.
            [McpServerTool(Name = "delete")]
            public void Delete(string name) => File.Delete("/srv/notes/" + Path.GetFileName(name));
        }
        """;

    [TestMethod]
    [DataRow(Oldest)]
    [DataRow(Newest)]
    public async Task AnnotationsTheBodyContradicts_AreReportedAtTheNamedArgument(string sdkVersion)
    {
        Assert.AreEqual(
            string.Join("\n", new[]
            {
                $"Tools.cs MCPG806 warning {SpanOf(Server, "ReadOnly = true")} MCP tool 'tidy' is annotated ReadOnly = true but deletes or moves files (Directory.Delete) (line 26); clients use the hint to skip approval: remove the annotation or the change",
                $"Tools.cs MCPG806 warning {SpanOf(Server, "Destructive = false")} MCP tool 'archive' is annotated Destructive = false but deletes or moves files (File.Move) (line 13); clients use the hint to skip approval: remove the annotation or the change",
                $"Tools.cs MCPG806 warning {SpanOf(Server, "ReadOnly = true", 2)} MCP tool 'shell' is annotated ReadOnly = true but runs shell commands (bash) (line 16); clients use the hint to skip approval: remove the annotation or the change",
                $"Tools.cs MCPG806 warning {SpanOf(Server, "Destructive = false", 3)} MCP tool 'reset' is annotated Destructive = false but runs TRUNCATE statements (line 22); clients use the hint to skip approval: remove the annotation or the change",
            }),
            Describe(await RunAsync("MCPG806", Server, sdkVersion)));
    }

    [TestMethod]
    [DataRow(Oldest)]
    [DataRow(Newest)]
    public async Task HonestAnnotations_AreSilent(string sdkVersion)
    {
        Assert.AreEqual(string.Empty, Describe(await RunAsync("MCPG806", Clean, sdkVersion)));
    }
}
