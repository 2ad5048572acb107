using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime;
using System.Runtime.InteropServices;
using System.Runtime.Loader;
using McpGuard.Discovery;
using McpGuard.Scanning;
using McpGuard.Severity;

namespace McpGuard.StartupProbe;

// dotnet McpGuard.StartupProbe.dll <task assembly folder> <repository root>
// Loads McpGuard.Core and its dependencies from the folder into a load context of their own (as MSBuild loads a task
// from its package folder), discovers and checks the repository's configurations once, without a cache, and prints one
// line of figures: the runtime, milliseconds from process start to the check's end and of the check alone, the methods
// the JIT compiled during the check, the ReadyToRun state of each McpGuard assembly loaded; then every finding.
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length != 2)
        {
            Console.Error.WriteLine("usage: McpGuard.StartupProbe <task assembly folder> <repository root>");
            return 2;
        }

        var folder = Path.GetFullPath(args[0]);
        var root = Path.GetFullPath(args[1]);
        var context = new FolderLoadContext(folder);
        var self = context.LoadFromAssemblyPath(typeof(Program).Assembly.Location);
        var run = self.GetType(typeof(Probe).FullName!)!.GetMethod(nameof(Probe.Run))!;

        var jittedBefore = JitInfo.GetCompiledMethodCount();
        var check = Stopwatch.StartNew();
        var findings = (IReadOnlyList<string>)run.Invoke(null, new object[] { root })!;
        check.Stop();
        var jitted = JitInfo.GetCompiledMethodCount() - jittedBefore;
        var sinceStart = (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds;

        var loaded = context.Assemblies
            .Where(assembly => !string.Equals(assembly.GetName().Name, self.GetName().Name, StringComparison.Ordinal))
            .Select(assembly => $"{assembly.GetName().Name}:{(ReadyToRunImage.Has(assembly.Location) ? "r2r" : "il")}")
            .OrderBy(name => name, StringComparer.Ordinal);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"runtime {RuntimeInformation.FrameworkDescription.Replace(' ', '-')} start-to-end {sinceStart:F0} check {check.Elapsed.TotalMilliseconds:F0} jitted {jitted} findings {findings.Count} loaded {string.Join(",", loaded)}"));
        foreach (var finding in findings)
        {
            Console.WriteLine(finding);
        }

        return 0;
    }

    private sealed class FolderLoadContext : AssemblyLoadContext
    {
        private readonly string _folder;

        public FolderLoadContext(string folder)
            : base("McpGuard tasks")
        {
            _folder = folder;
        }

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            var path = Path.Combine(_folder, assemblyName.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}

/// <summary>The check, compiled against Core and run inside the folder's load context.</summary>
public static class Probe
{
    public static IReadOnlyList<string> Run(string root)
    {
        var input = new ScanInput { RepositoryRoot = root };
        foreach (var config in ConfigDiscovery.Discover(root))
        {
            input.Configs.Add((config.Format.Id, config.Path));
        }

        var request = input.ToRequest(McpGuardSettings.Read(_ => null), writeBaseline: false, (_, _) => { });
        var result = ConfigScanner.Run(request, new EditorConfigLocator());
        return result.Reported
            .Select(finding => string.Create(CultureInfo.InvariantCulture, $"{Path.GetRelativePath(root, finding.Path)}({finding.Line},{finding.Column},{finding.EndLine},{finding.EndColumn}): {finding.Severity} {finding.RuleId}: {finding.Message}"))
            .ToList();
    }
}

/// <summary>Whether a file is a ReadyToRun image (its CLI header points to a managed native header).</summary>
internal static class ReadyToRunImage
{
    public static bool Has(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
        return reader.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0;
    }
}
