System.Console.WriteLine("The clean sample: build it to see McpGuard's findings on its MCP configuration files.");
