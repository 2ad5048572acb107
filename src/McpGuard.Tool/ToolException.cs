using System;

namespace McpGuard.Tool;

/// <summary>The check could not run (git missing or failing, an unwritable SARIF path): exit code 2 with its message.</summary>
internal sealed class ToolException(string message) : Exception(message);
