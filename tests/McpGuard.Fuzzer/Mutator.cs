using System;
using System.Collections.Generic;
using System.Text;

namespace McpGuard.Fuzzer;

/// <summary>
/// Byte- and token-level mutations of configuration files. Deterministic for a given <see cref="Random"/>; every
/// mutation keeps the input under <see cref="MaxSize"/> so a fixed budget has a predictable cost.
/// </summary>
public sealed class Mutator
{
    private static readonly byte[][] s_invalidUtf8 =
    {
        new byte[] { 0xFF },
        new byte[] { 0xC0, 0x80 },                  // overlong NUL
        new byte[] { 0xE0, 0x80, 0xAF },            // overlong '/'
        new byte[] { 0xED, 0xA0, 0x80 },            // a UTF-16 surrogate encoded in UTF-8
        new byte[] { 0xED, 0xBF, 0xBF },
        new byte[] { 0xF4, 0x90, 0x80, 0x80 },      // above U+10FFFF
        new byte[] { 0xE2, 0x82 },                  // truncated sequence
        new byte[] { 0x80 },                        // lone continuation byte
        new byte[] { 0xF0, 0x9F, 0x98 },            // truncated emoji
        new byte[] { 0xEF, 0xBB, 0xBF },            // a BOM in the middle
        new byte[] { 0x00 },
    };

    private static readonly string[] s_escapes =
    {
        "\\uD800", "\\uDC00", "\\uDBFF\\uDFFF", "\\uDFFF\\uD800", "\\uD83D\\uDE00", "\\uD83D", "\\u0000", "\\u00", "\\x41",
        "\\", "\\\"", "\\/", "\\uZZZZ", "\\u12", "\\ud800\\u0041", "\\'",
    };

    private static readonly string[] s_tokens =
    {
        "{", "}", "[", "]", ":", ",", "\"\"", "null", "true", "false", "nul", "tru", "NaN", "Infinity", "-0", "0", "1e400",
        "-1e-400", "123456789012345678901234567890", "0x1F", "01", "1.", ".5", "\"npx\"", "\"-y\"", "\"uvx\"",
        "\"@scope/pkg@latest\"", "\"http://example.com/mcp\"", "\"${input:token}\"", "\"${env:HOME}\"", "\"$HOME\"",
        "\"mcpServers\"", "\"servers\"", "\"command\"", "\"args\"", "\"env\"", "\"url\"", "\"type\"", "\"headers\"",
        "\"projects\"", "/* c */", "// c\n", "'single'", "undefined",
    };

    private readonly Random _random;
    private readonly IReadOnlyList<byte[]> _seeds;
    private readonly List<(string Name, int Weight, Func<byte[], byte[]> Apply)> _mutations;
    private readonly int _totalWeight;

    public Mutator(Random random, IReadOnlyList<byte[]> seeds, int maxSize)
    {
        _random = random;
        _seeds = seeds;
        MaxSize = maxSize;
        _mutations = new()
        {
            ("truncate", 6, Truncate),
            ("duplicate-slice", 5, DuplicateSlice),
            ("delete-slice", 5, DeleteSlice),
            ("flip-bits", 6, FlipBits),
            ("random-bytes", 5, RandomBytes),
            ("invalid-utf8", 6, InvalidUtf8),
            ("nul-bytes", 3, NulBytes),
            ("escape-surrogates", 5, Escapes),
            ("nesting-explosion", 3, NestingExplosion),
            ("huge-number", 3, HugeNumber),
            ("huge-string", 2, HugeString),
            ("splice-seed", 4, SpliceSeed),
            ("re-encode", 3, ReEncode),
            ("comments-commas", 4, CommentsAndCommas),
            ("replace-token", 8, ReplaceToken),
            ("duplicate-token", 5, DuplicateToken),
            ("delete-token", 5, DeleteToken),
            ("swap-tokens", 4, SwapTokens),
            ("string-to-secret", 6, StringToSecret),
            ("insert-server", 6, InsertServer),
            ("many-servers", 2, ManyServers),
            ("duplicate-member", 4, DuplicateMember),
        };
        foreach (var mutation in _mutations)
        {
            _totalWeight += mutation.Weight;
        }

        Counts = new Dictionary<string, long>(StringComparer.Ordinal);
    }

    public int MaxSize { get; }

    /// <summary>How often each mutation was applied.</summary>
    public Dictionary<string, long> Counts { get; }

    /// <summary>One to four stacked mutations of <paramref name="input"/>; their names are added to <paramref name="applied"/>.</summary>
    public byte[] Mutate(byte[] input, List<string> applied)
    {
        // Mostly one mutation, sometimes a stack of up to four: single changes keep most inputs readable, so the rules run.
        var roll = _random.Next(20);
        var count = roll < 10 ? 1 : roll < 15 ? 2 : roll < 18 ? 3 : 4;
        var current = input;
        for (var i = 0; i < count; i++)
        {
            var pick = _random.Next(_totalWeight);
            foreach (var (name, weight, apply) in _mutations)
            {
                if (pick < weight)
                {
                    current = apply(current);
                    applied.Add(name);
                    Counts[name] = Counts.TryGetValue(name, out var n) ? n + 1 : 1;
                    break;
                }

                pick -= weight;
            }
        }

        return current;
    }

    private byte[] Truncate(byte[] input) => input.Length == 0 ? input : input.AsSpan(0, _random.Next(input.Length)).ToArray();

    private byte[] DuplicateSlice(byte[] input)
    {
        if (input.Length == 0)
        {
            return input;
        }

        var start = _random.Next(input.Length);
        var length = Math.Min(input.Length - start, 1 + _random.Next(64));
        return Insert(input, _random.Next(input.Length + 1), input.AsSpan(start, length).ToArray());
    }

    private byte[] DeleteSlice(byte[] input)
    {
        if (input.Length == 0)
        {
            return input;
        }

        var start = _random.Next(input.Length);
        return Replace(input, start, Math.Min(input.Length - start, 1 + _random.Next(32)), Array.Empty<byte>());
    }

    private byte[] FlipBits(byte[] input)
    {
        var copy = (byte[])input.Clone();
        for (var i = 0; i < 1 + _random.Next(8) && copy.Length > 0; i++)
        {
            copy[_random.Next(copy.Length)] ^= (byte)(1 << _random.Next(8));
        }

        return copy;
    }

    private byte[] RandomBytes(byte[] input)
    {
        var bytes = new byte[1 + _random.Next(16)];
        _random.NextBytes(bytes);
        return Insert(input, _random.Next(input.Length + 1), bytes);
    }

    private byte[] InvalidUtf8(byte[] input) =>
        Insert(input, PositionInString(input), s_invalidUtf8[_random.Next(s_invalidUtf8.Length)]);

    private byte[] NulBytes(byte[] input) => Insert(input, _random.Next(input.Length + 1), new byte[1 + _random.Next(4)]);

    private byte[] Escapes(byte[] input) =>
        Insert(input, PositionInString(input), Encoding.ASCII.GetBytes(s_escapes[_random.Next(s_escapes.Length)]));

    private byte[] NestingExplosion(byte[] input)
    {
        var depth = _random.Next(4) == 0 ? 100_000 : 1 + _random.Next(200);
        var unit = _random.Next(3) switch { 0 => "[", 1 => "{\"a\":", _ => "[{\"b\":" };
        var builder = new StringBuilder();
        for (var i = 0; i < depth && builder.Length < MaxSize / 2; i++)
        {
            builder.Append(unit);
        }

        if (_random.Next(2) == 0)
        {
            // Closed again, so only the depth is wrong.
            builder.Append("1");
            var closing = unit == "[" ? "]" : unit == "{\"a\":" ? "}" : "}]";
            var opened = builder.Length / unit.Length;
            for (var i = 0; i < opened; i++)
            {
                builder.Append(closing);
            }
        }

        return Insert(input, PositionBetweenTokens(input), Encoding.ASCII.GetBytes(builder.ToString()));
    }

    private byte[] HugeNumber(byte[] input)
    {
        var digits = new StringBuilder(_random.Next(2) == 0 ? "-" : string.Empty);
        var length = _random.Next(3) == 0 ? 10_000 : 1 + _random.Next(400);
        digits.Append((char)('1' + _random.Next(9)));
        for (var i = 1; i < length; i++)
        {
            digits.Append((char)('0' + _random.Next(10)));
        }

        digits.Append(_random.Next(3) switch { 0 => "e999999999", 1 => ".0000000000000001E-99999", _ => string.Empty });
        return ReplaceRandomToken(input, TokenKind.Number, Encoding.ASCII.GetBytes(digits.ToString()));
    }

    private byte[] HugeString(byte[] input)
    {
        var length = Math.Min(MaxSize / 2, _random.Next(2) == 0 ? 1 << 20 : 1 + _random.Next(70_000));
        var content = new byte[length + 2];
        content[0] = content[^1] = (byte)'"';
        var alphabet = _random.Next(3) switch { 0 => "a", 1 => "ghp_AbCdEf0123456789xyz", _ => "sk-ant-api03-Qm7vT2xK9pL4wR8nZ3c=\\n " };
        for (var i = 1; i <= length; i++)
        {
            content[i] = (byte)alphabet[_random.Next(alphabet.Length)];
        }

        if (content[length] == (byte)'\\')
        {
            content[length] = (byte)'x';
        }

        return ReplaceRandomToken(input, TokenKind.String, content);
    }

    private byte[] SpliceSeed(byte[] input)
    {
        var other = _seeds[_random.Next(_seeds.Count)];
        if (other.Length == 0)
        {
            return input;
        }

        var start = _random.Next(other.Length);
        var length = Math.Min(other.Length - start, 1 + _random.Next(512));
        return Insert(input, _random.Next(input.Length + 1), other.AsSpan(start, length).ToArray());
    }

    private byte[] ReEncode(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input);
        var result = _random.Next(6) switch
        {
            0 => Concat(new byte[] { 0xEF, 0xBB, 0xBF }, input),
            1 => Concat(new byte[] { 0xFF, 0xFE }, Encoding.Unicode.GetBytes(text)),
            2 => Encoding.Unicode.GetBytes(text),                        // UTF-16LE without BOM
            3 => Encoding.BigEndianUnicode.GetBytes(text),               // UTF-16BE without BOM
            4 => Concat(new byte[] { 0xFF, 0xFE, 0, 0 }, new UTF32Encoding(false, false).GetBytes(text)),
            _ => Concat(new byte[] { 0xFE, 0xFF }, Encoding.BigEndianUnicode.GetBytes(text)),
        };
        return result.Length > MaxSize ? input : result;
    }

    private byte[] CommentsAndCommas(byte[] input)
    {
        var insert = _random.Next(6) switch
        {
            0 => ",",
            1 => "/* comment */",
            2 => "// comment\n",
            3 => "/*",
            4 => "//",
            _ => ",,",
        };
        return Insert(input, PositionBetweenTokens(input), Encoding.ASCII.GetBytes(insert));
    }

    private byte[] ReplaceToken(byte[] input)
    {
        var tokens = JsonTokens.Split(input);
        if (tokens.Count == 0)
        {
            return input;
        }

        var token = tokens[_random.Next(tokens.Count)];
        return Replace(input, token.Start, token.Length, Encoding.UTF8.GetBytes(s_tokens[_random.Next(s_tokens.Length)]));
    }

    private byte[] DuplicateToken(byte[] input)
    {
        var tokens = JsonTokens.Split(input);
        if (tokens.Count == 0)
        {
            return input;
        }

        var token = tokens[_random.Next(tokens.Count)];
        return Insert(input, token.Start, input.AsSpan(token.Start, token.Length).ToArray());
    }

    private byte[] DeleteToken(byte[] input)
    {
        var tokens = JsonTokens.Split(input);
        if (tokens.Count == 0)
        {
            return input;
        }

        var token = tokens[_random.Next(tokens.Count)];
        return Replace(input, token.Start, token.Length, Array.Empty<byte>());
    }

    private byte[] SwapTokens(byte[] input)
    {
        var tokens = JsonTokens.Split(input);
        if (tokens.Count < 2)
        {
            return input;
        }

        var a = tokens[_random.Next(tokens.Count)];
        var b = tokens[_random.Next(tokens.Count)];
        if (a.Start > b.Start)
        {
            (a, b) = (b, a);
        }

        if (a.Start + a.Length > b.Start)
        {
            return input;
        }

        var result = new List<byte>(input.Length);
        result.AddRange(input.AsSpan(0, a.Start).ToArray());
        result.AddRange(input.AsSpan(b.Start, b.Length).ToArray());
        result.AddRange(input.AsSpan(a.Start + a.Length, b.Start - a.Start - a.Length).ToArray());
        result.AddRange(input.AsSpan(a.Start, a.Length).ToArray());
        result.AddRange(input.AsSpan(b.Start + b.Length).ToArray());
        return result.ToArray();
    }

    private byte[] StringToSecret(byte[] input)
    {
        var fixture = CredentialFixtures.All[_random.Next(CredentialFixtures.All.Count)];
        return ReplaceRandomToken(input, TokenKind.String, Encoding.UTF8.GetBytes(JsonString(fixture.Value)));
    }

    private byte[] InsertServer(byte[] input)
    {
        var fixture = CredentialFixtures.All[_random.Next(CredentialFixtures.All.Count)];
        var server = ServerText(_random.Next(1000), fixture) + (_random.Next(2) == 0 ? "," : string.Empty);
        return Insert(input, AfterOpeningBrace(input), Encoding.UTF8.GetBytes(server));
    }

    private byte[] ManyServers(byte[] input)
    {
        var count = _random.Next(4) == 0 ? 100_000 : 1 + _random.Next(2_000);
        var builder = new StringBuilder("{\"mcpServers\":{");
        for (var i = 0; i < count && builder.Length < MaxSize - 512; i++)
        {
            builder.Append(i == 0 ? string.Empty : ",").Append(ServerText(i, CredentialFixtures.All[i % CredentialFixtures.All.Count]));
        }

        builder.Append("},\"servers\":{}}");
        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    private byte[] DuplicateMember(byte[] input)
    {
        var tokens = JsonTokens.Split(input);
        for (var attempt = 0; attempt < 8 && tokens.Count > 2; attempt++)
        {
            var i = _random.Next(tokens.Count - 2);
            if (tokens[i].Kind == TokenKind.String && input[tokens[i + 1].Start] == (byte)':')
            {
                var value = tokens[i + 2];
                var end = value.Start + value.Length;
                var member = input.AsSpan(tokens[i].Start, end - tokens[i].Start).ToArray();
                return Insert(input, end, Concat(new[] { (byte)',' }, member));
            }
        }

        return input;
    }

    private static string ServerText(int number, CredentialFixture fixture) =>
        $"\"fz{number}\":{{\"command\":\"npx\",\"args\":[\"-y\",\"@fuzz/server-{number}\"],\"env\":{{\"{fixture.Variable}\":{JsonString(fixture.Value)}}},"
        + $"\"url\":\"http://fuzz{number}.example.com/mcp?token={CredentialFixtures.QueryToken.Value}\",\"headers\":{{\"Authorization\":\"Bearer {fixture.Value}\"}}}}";

    private static string JsonString(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private int PositionInString(byte[] input)
    {
        var tokens = JsonTokens.Split(input);
        var strings = tokens.FindAll(t => t.Kind == TokenKind.String && t.Length >= 2);
        if (strings.Count == 0)
        {
            return _random.Next(input.Length + 1);
        }

        var token = strings[_random.Next(strings.Count)];
        return token.Start + 1 + _random.Next(token.Length - 1);
    }

    private int PositionBetweenTokens(byte[] input)
    {
        var tokens = JsonTokens.Split(input);
        if (tokens.Count == 0)
        {
            return _random.Next(input.Length + 1);
        }

        var token = tokens[_random.Next(tokens.Count)];
        return _random.Next(2) == 0 ? token.Start : token.Start + token.Length;
    }

    private int AfterOpeningBrace(byte[] input)
    {
        var braces = new List<int>();
        for (var i = 0; i < input.Length; i++)
        {
            if (input[i] == (byte)'{')
            {
                braces.Add(i + 1);
            }
        }

        return braces.Count == 0 ? _random.Next(input.Length + 1) : braces[_random.Next(braces.Count)];
    }

    private byte[] ReplaceRandomToken(byte[] input, TokenKind kind, byte[] replacement)
    {
        var candidates = JsonTokens.Split(input).FindAll(t => t.Kind == kind);
        if (candidates.Count == 0)
        {
            return Insert(input, PositionBetweenTokens(input), replacement);
        }

        var token = candidates[_random.Next(candidates.Count)];
        return Replace(input, token.Start, token.Length, replacement);
    }

    private byte[] Insert(byte[] input, int position, byte[] bytes) => Replace(input, position, 0, bytes);

    private byte[] Replace(byte[] input, int position, int removed, byte[] bytes)
    {
        if (input.Length - removed + bytes.Length > MaxSize)
        {
            return input;
        }

        var result = new byte[input.Length - removed + bytes.Length];
        input.AsSpan(0, position).CopyTo(result);
        bytes.CopyTo(result.AsSpan(position));
        input.AsSpan(position + removed).CopyTo(result.AsSpan(position + bytes.Length));
        return result;
    }

    private static byte[] Concat(byte[] first, byte[] second)
    {
        var result = new byte[first.Length + second.Length];
        first.CopyTo(result, 0);
        second.CopyTo(result, first.Length);
        return result;
    }
}
