using System;
using System.IO;

namespace McpGuard.Tool;

internal static class Program
{
    private static int Main(string[] args) => McpGuardCommand.Run(args, Directory.GetCurrentDirectory(), Console.Out, Console.Error);
}
