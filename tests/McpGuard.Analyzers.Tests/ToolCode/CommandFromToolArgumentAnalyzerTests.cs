using System.Collections.Generic;
using System.Threading.Tasks;
using McpGuard.Analyzers.ToolCode;
using Microsoft.CodeAnalysis;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static McpGuard.Analyzers.Tests.ToolCode.ToolCodeHarness;

namespace McpGuard.Analyzers.Tests.ToolCode;

/// <summary>MCPG801 (CommandFromToolArgument) on servers compiled against the real SDK, 1.4.1 and 2.4.0.</summary>
[TestClass]
public sealed class CommandFromToolArgumentAnalyzerTests
{
    private const string Server = """
        using System.ComponentModel;
        using System.Diagnostics;
        using ModelContextProtocol.Server;

        [McpServerToolType]
        public sealed class ShellTools
        {
            [McpServerTool(Name = "run"), Description("Runs a command.")]
            public string Run(string command)
            {
                var psi = new ProcessStartInfo("bash", $"-c \"{command}\"") { RedirectStandardOutput = true };
                using var process = Process.Start(psi)!;
                return process.StandardOutput.ReadToEnd();
            }

            [McpServerTool(Name = "pwsh")]
            public void PowerShell(string script)
            {
                var psi = new ProcessStartInfo { FileName = "pwsh.exe" };
                psi.ArgumentList.Add("-NoProfile");
                psi.ArgumentList.Add("-Command");
                psi.ArgumentList.Add(script);
                Process.Start(psi);
            }

            [McpServerTool(Name = "open")]
            public void Open(string program) => Process.Start(program);

            [McpServerTool(Name = "git_log")]
            public void GitLog(string branch)
            {
                var args = "log --oneline " + branch;
                Process.Start("git", args);
            }

            [McpServerTool(Name = "cmd")]
            public void Cmd(string name) => Start("cmd.exe", Quote(name));

            private static void Start(string file, string text) => Process.Start(new ProcessStartInfo { FileName = file, Arguments = "/c echo " + text });

            private static string Quote(string value) => "\"" + value + "\"";
        }
        """;

    private const string Clean = """
        using System.Diagnostics;
        using ModelContextProtocol.Server;

        [McpServerToolType]
        public static class SafeTools
        {
            [McpServerTool(Name = "status")]
            public static void Status(int lines, string repository)
            {
                // A number is no text, a fixed script is no argument, a checked name is no longer free.
                Process.Start("bash", $"-c \"git status | head -n {lines}\"");
                if (repository is "api" or "web")
                {
                    Process.Start("git", "-C " + repository + " status");
                }

                var safe = System.IO.Path.GetFileName(repository);
                var psi = new ProcessStartInfo("bash") { ArgumentList = { "-c", "ls" } };
                psi.ArgumentList.Add(safe);
                Process.Start(psi);
            }

            public static void NotATool(string command) => Process.Start("bash", "-c " + command);
        }
        """;

    [TestMethod]
    [DataRow(Oldest)]
    [DataRow(Newest)]
    public async Task ToolArgumentsInShellScriptsAndPrograms_AreReportedAtTheValue(string sdkVersion)
    {
        var diagnostics = await RunAsync("MCPG801", Server, sdkVersion);

        Assert.AreEqual(
            string.Join("\n", new[]
            {
                $"Tools.cs MCPG801 error {SpanOf(Server, "$\"-c \\\"{command}\\\"\"")} MCP tool 'run' puts its argument 'command' into a shell script ('bash -c'); the model chooses it, so a prompt injection chooses the command",
                $"Tools.cs MCPG801 error {SpanOf(Server, "script", 3)} MCP tool 'pwsh' puts its argument 'script' into a shell script ('pwsh.exe -Command'); the model chooses it, so a prompt injection chooses the command",
                $"Tools.cs MCPG801 error {SpanOf(Server, "program", 2)} MCP tool 'open' puts its argument 'program' into the program it starts; the model chooses it, so a prompt injection chooses the program",
                $"Tools.cs MCPG801 warning {SpanOf(Server, "args", 2)} MCP tool 'git_log' puts its argument 'branch' into the arguments of 'git'; the model chooses it, so a prompt injection chooses the options it passes",
                $"Tools.cs MCPG801 error {SpanOf(Server, "\"/c echo \" + text")} MCP tool 'cmd' puts its argument 'name' into a shell script ('cmd.exe /c'); the model chooses it, so a prompt injection chooses the command",
            }),
            Describe(diagnostics));
    }

    [TestMethod]
    [DataRow(Oldest)]
    [DataRow(Newest)]
    public async Task FixedScriptsCheckedValuesAndNonTools_AreSilent(string sdkVersion)
    {
        Assert.AreEqual(string.Empty, Describe(await RunAsync("MCPG801", Clean, sdkVersion)));
    }

    [TestMethod]
    public async Task WithoutTheSdk_NothingIsReported()
    {
        const string source = """
            namespace ModelContextProtocol.Server2 { public sealed class McpServerToolAttribute : System.Attribute { } }
            public static class Tools
            {
                [ModelContextProtocol.Server2.McpServerTool]
                public static void Run(string command) => System.Diagnostics.Process.Start("bash", "-c " + command);
            }
            """;
        Assert.AreEqual(string.Empty, Describe(await RunAsync("MCPG801", source)));
    }

    [TestMethod]
    public async Task EditorConfigSeverityAndPragma_ApplyAsForAnyAnalyzer()
    {
        var asWarning = await RunAsync("MCPG801", Server, options: new Dictionary<string, ReportDiagnostic> { ["MCPG801"] = ReportDiagnostic.Warn });
        Assert.IsTrue(System.Linq.Enumerable.All(asWarning, d => d.Severity == DiagnosticSeverity.Warning), Describe(asWarning));
        Assert.HasCount(5, asWarning);

        var pragma = "#pragma warning disable MCPG801\n" + Server;
        Assert.AreEqual(string.Empty, Describe(await RunAsync("MCPG801", pragma)));
    }
}
