System.Console.WriteLine("The insecure sample: build it to see McpGuard's findings on its MCP configuration files.");
