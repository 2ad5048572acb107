#:project ../src/McpGuard.Core/McpGuard.Core.csproj

// Regenerates src/McpGuard.Core/Data/advisories.json (MCPG204's shipped list) from the OSV records in
// build/advisories/osv/. Run from the repository root: dotnet run build/GenerateAdvisories.cs
// AdvisoryBundleTests fails while the committed file differs from what this writes.
using System;
using System.IO;
using McpGuard.Advisories;

var root = args.Length > 0 ? args[0] : Directory.GetCurrentDirectory();
var output = Path.Combine(root, "src", "McpGuard.Core", "Data", "advisories.json");
File.WriteAllText(output, AdvisoryBundle.Generate(Path.Combine(root, "build", "advisories", "osv")));
Console.WriteLine($"Wrote {output}");
