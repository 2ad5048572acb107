using System.Threading.Tasks;
using McpGuard.Analyzers.ToolCode;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static McpGuard.Analyzers.Tests.ToolCode.ToolCodeHarness;

namespace McpGuard.Analyzers.Tests.ToolCode;

/// <summary>MCPG803 (SqlFromToolArgument) on servers compiled against the real SDK, with Dapper and EF Core declared as their metadata names.</summary>
[TestClass]
public sealed class SqlFromToolArgumentAnalyzerTests
{
    /// <summary>The members of Dapper and EF Core the rule knows, under their real names (the packages are not referenced).</summary>
    internal const string DataLibraries = """
        namespace Dapper
        {
            public static class SqlMapper
            {
                public static System.Collections.Generic.IEnumerable<T> Query<T>(this System.Data.IDbConnection cnn, string sql, object? param = null) => throw null!;
                public static int Execute(this System.Data.IDbConnection cnn, string sql, object? param = null) => 0;
            }
        }

        namespace Microsoft.EntityFrameworkCore.Infrastructure
        {
            public class DatabaseFacade { }
        }

        namespace Microsoft.EntityFrameworkCore
        {
            public static class RelationalDatabaseFacadeExtensions
            {
                public static int ExecuteSqlRaw(this Infrastructure.DatabaseFacade db, string sql, params object[] parameters) => 0;
                public static int ExecuteSqlInterpolated(this Infrastructure.DatabaseFacade db, System.FormattableString sql) => 0;
            }
        }
        """;

    private const string Server = """
        using System.Data;
        using System.Data.Common;
        using Dapper;
        using Microsoft.EntityFrameworkCore;
        using Microsoft.EntityFrameworkCore.Infrastructure;
        using ModelContextProtocol.Server;

        [McpServerToolType]
        public sealed class DatabaseTools
        {
            [McpServerTool(Name = "find_user")]
            public object? FindUser(DbConnection connection, string name)
            {
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT * FROM users WHERE name = '" + name + "'";
                return command.ExecuteScalar();
            }

            [McpServerTool(Name = "orders")]
            public object Orders(IDbConnection connection, string customer)
            {
                var sql = string.Format("SELECT * FROM orders WHERE customer = '{0}'", customer);
                return connection.Query<object>(sql);
            }

            [McpServerTool(Name = "purge")]
            public int Purge(DatabaseFacade database, string table) => database.ExecuteSqlRaw($"DELETE FROM {table}");

            [McpServerTool(Name = "query")]
            public object Query(IDbConnection connection, string sql) => connection.Query<object>(sql);
        }
        """;

    private const string Clean = """
        using System.Data;
        using System.Data.Common;
        using Dapper;
        using Microsoft.EntityFrameworkCore;
        using Microsoft.EntityFrameworkCore.Infrastructure;
        using ModelContextProtocol.Server;

        [McpServerToolType]
        public sealed class SafeDatabaseTools
        {
            private static readonly string[] Tables = { "orders", "users" };

            [McpServerTool(Name = "find_user")]
            public object? FindUser(DbConnection connection, string name)
            {
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT * FROM users WHERE name = @name";
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@name";
                parameter.Value = name;
                command.Parameters.Add(parameter);
                return command.ExecuteScalar();
            }

            [McpServerTool(Name = "orders")]
            public object Orders(IDbConnection connection, string customer, int limit) =>
                connection.Query<object>($"SELECT TOP {limit} * FROM orders WHERE customer = @customer", new { customer });

            [McpServerTool(Name = "purge")]
            public int Purge(DatabaseFacade database, string customer) => database.ExecuteSqlInterpolated($"DELETE FROM carts WHERE customer = {customer}");

            [McpServerTool(Name = "count")]
            public object Count(IDbConnection connection, string table)
            {
                if (!System.Linq.Enumerable.Contains(Tables, table)) throw new System.ArgumentException("unknown table");
                return connection.Query<int>($"SELECT COUNT(*) FROM {table}");
            }
        }
        """;

    [TestMethod]
    [DataRow(Oldest)]
    [DataRow(Newest)]
    public async Task SqlBuiltFromToolArguments_IsReportedAtTheText(string sdkVersion)
    {
        Assert.AreEqual(
            string.Join("\n", new[]
            {
                $"Tools.cs MCPG803 error {SpanOf(Server, "\"SELECT * FROM users WHERE name = '\" + name + \"'\"")} MCP tool 'find_user' builds SQL text from its argument 'name'; pass the value as a parameter (@name, FromSqlInterpolated, an object of parameters for Dapper) instead",
                $"Tools.cs MCPG803 error {SpanIn(Server, "return connection.Query<object>(sql)", "sql")} MCP tool 'orders' builds SQL text from its argument 'customer'; pass the value as a parameter (@name, FromSqlInterpolated, an object of parameters for Dapper) instead",
                $"Tools.cs MCPG803 error {SpanOf(Server, "$\"DELETE FROM {table}\"")} MCP tool 'purge' builds SQL text from its argument 'table'; pass the value as a parameter (@name, FromSqlInterpolated, an object of parameters for Dapper) instead",
                $"Tools.cs MCPG803 warning {SpanIn(Server, "=> connection.Query<object>(sql)", "sql")} MCP tool 'query' takes the whole SQL text from its argument 'sql'; the model can run any statement the connection allows: offer fixed queries with parameters, or connect with a read-only account",
            }),
            Describe(await RunAsync("MCPG803", Server, sdkVersion, null, DataLibraries)));
    }

    [TestMethod]
    [DataRow(Oldest)]
    [DataRow(Newest)]
    public async Task ParametersInterpolatedSqlAndAllowListedNames_AreSilent(string sdkVersion)
    {
        Assert.AreEqual(string.Empty, Describe(await RunAsync("MCPG803", Clean, sdkVersion, null, DataLibraries)));
    }
}
