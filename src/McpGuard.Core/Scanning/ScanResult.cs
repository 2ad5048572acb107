using System.Collections.Generic;
using McpGuard.Model;

namespace McpGuard.Scanning;

public sealed class ScanResult
{
    public ScanResult(IReadOnlyList<McpDocument> documents, IReadOnlyList<ReportedFinding> findings)
    {
        Documents = documents;
        Findings = findings;
    }

    public IReadOnlyList<McpDocument> Documents { get; }

    public IReadOnlyList<ReportedFinding> Findings { get; }
}
