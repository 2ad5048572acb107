using System.IO;
using McpGuard.Discovery;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Discovery;

[TestClass]
public sealed class ReportingProjectTests
{
    private static readonly string[] s_projects = [Full("/repo/src/App/App.csproj"), Full("/repo/src/App/Sub/Sub.csproj"), Full("/repo/src/Lib/Lib.csproj"), Full("/repo/tests/Lib.Tests/Lib.Tests.csproj")];

    [TestMethod]
    [DataRow("/repo/src/App/Sub/.vscode/mcp.json", "/repo/src/App/Sub/Sub.csproj", DisplayName = "the deepest project folder holding the file")]
    [DataRow("/repo/src/App/.mcp.json", "/repo/src/App/App.csproj", DisplayName = "a holder beats a deeper project beside the file")]
    [DataRow("/repo/src/.cursor/mcp.json", "/repo/src/App/App.csproj", DisplayName = "no holder: the longest shared folder prefix, then the shallowest, then by path")]
    [DataRow("/repo/.mcp.json", "/repo/src/App/App.csproj", DisplayName = "the repository root: the shallowest project, first by path")]
    [DataRow("/repo/tests/.mcp.json", "/repo/tests/Lib.Tests/Lib.Tests.csproj", DisplayName = "no holder, one project shares the folder")]
    public void For_ChoosesTheNearestProject(string file, string expected)
    {
        Assert.AreEqual(Full(expected), ReportingProject.For(Full(file), s_projects));
        foreach (var project in s_projects)
        {
            Assert.AreEqual(project == Full(expected), ReportingProject.Reports(project, Full(file), s_projects), project);
        }
    }

    [TestMethod]
    public void Reports_WithoutTheProjectInTheList_OrWithoutProjects_IsTrue()
    {
        Assert.IsTrue(ReportingProject.Reports(Full("/elsewhere/X.csproj"), Full("/repo/.mcp.json"), s_projects));
        Assert.IsTrue(ReportingProject.Reports(Full("/repo/src/App/App.csproj"), Full("/repo/.mcp.json"), []));
        Assert.IsNull(ReportingProject.For(Full("/repo/.mcp.json"), []));
    }

    [TestMethod]
    public void SolutionProjects_ReadsCSharpAndVisualBasicProjectsOfSlnAndSlnx()
    {
        const string Sln = """
            Microsoft Visual Studio Solution File, Format Version 12.00
            Project("{2150E333-8FDC-42A3-9474-1A3956D46DE8}") = "src", "src", "{44444444-4444-4444-4444-444444444444}"
            EndProject
            Project("{9A19103F-16F7-4668-BE54-9A1E7A4F7556}") = "Lib", "src\Lib\Lib.csproj", "{11111111-1111-1111-1111-111111111111}"
            EndProject
            Project("{778DAE3C-4631-46EA-AA77-85C1314464D9}") = "Vb", "src\Vb\Vb.vbproj", "{22222222-2222-2222-2222-222222222222}"
            EndProject
            Project("{F2A71F9B-5D33-465A-A702-920D77279786}") = "Fs", "src\Fs\Fs.fsproj", "{33333333-3333-3333-3333-333333333333}"
            EndProject
            """;
        CollectionAssert.AreEqual(new[] { Full("/repo/src/Lib/Lib.csproj"), Full("/repo/src/Vb/Vb.vbproj") }, SolutionProjects.Read(Full("/repo/All.sln"), Sln) as System.Collections.ICollection);

        const string Slnx = """
            <Solution>
              <Folder Name="/tests/">
                <Project Path="tests/T/T.csproj" />
              </Folder>
              <Project Path="src/Lib/Lib.csproj" />
              <Project Path="db/Db.sqlproj" />
            </Solution>
            """;
        CollectionAssert.AreEqual(new[] { Full("/repo/src/Lib/Lib.csproj"), Full("/repo/tests/T/T.csproj") }, SolutionProjects.Read(Full("/repo/All.slnx"), Slnx) as System.Collections.ICollection);
    }

    [TestMethod]
    [DataRow("<Solution><Project Path=\"a/A.csproj\"", DisplayName = "truncated slnx")]
    [DataRow("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><Solution>&e;</Solution>", DisplayName = "slnx with a DTD")]
    [DataRow("", DisplayName = "empty")]
    public void SolutionProjects_MalformedSlnx_ListsNoProjectAndDoesNotThrow(string text) =>
        Assert.IsEmpty(SolutionProjects.Read(Full("/repo/All.slnx"), text));

    private static string Full(string path) => Path.GetFullPath(path);
}
