using System;
using System.Collections.Generic;
using McpGuard.Reporting;

namespace McpGuard.Rules.Credentials;

/// <summary>ADO.NET-style connection strings (<c>Server=db;User Id=sa;Password=…</c>): the password value is the credential.</summary>
internal static class ConnectionStrings
{
    private static readonly HashSet<string> s_connectionKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "server", "host", "data source", "datasource", "address", "addr", "network address", "database", "initial catalog",
        "user id", "userid", "uid", "user", "username", "port", "dbname", "endpoint", "accountname",
    };

    public static void Find(string text, List<UrlCredential> found)
    {
        if (text.IndexOf(';') < 0
            || (text.IndexOf("password", StringComparison.OrdinalIgnoreCase) < 0 && text.IndexOf("pwd", StringComparison.OrdinalIgnoreCase) < 0))
        {
            return;
        }

        var knownKeys = 0;
        string? password = null;
        foreach (var pair in text.Split(';'))
        {
            var equals = pair.IndexOf('=');
            if (equals <= 0)
            {
                continue;
            }

            var key = pair.Substring(0, equals).Trim();
            if (s_connectionKeys.Contains(key))
            {
                knownKeys++;
            }
            else if (key.Equals("password", StringComparison.OrdinalIgnoreCase) || key.Equals("pwd", StringComparison.OrdinalIgnoreCase))
            {
                password ??= UrlCredentials.Literal(pair.Substring(equals + 1).Trim().Trim('\'', '"'));
            }
        }

        if (knownKeys > 0 && password is not null)
        {
            found.Add(new UrlCredential("connection-string password", password, Redaction.RedactConnectionString(text)));
        }
    }
}
