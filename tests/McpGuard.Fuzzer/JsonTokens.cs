using System.Collections.Generic;

namespace McpGuard.Fuzzer;

/// <summary>A token's byte range in an input; strings include their quotes.</summary>
public readonly record struct TokenSpan(int Start, int Length, TokenKind Kind);

public enum TokenKind
{
    String,
    Number,
    Word,
    Punctuation,
    Comment,
}

/// <summary>
/// A tolerant JSON/JSONC tokenizer for mutation: never fails, skips whitespace and unknown bytes, ends an unterminated
/// string at the end of the input. Token-level mutations need only where tokens are, not whether they are valid.
/// </summary>
public static class JsonTokens
{
    public static List<TokenSpan> Split(byte[] input)
    {
        var tokens = new List<TokenSpan>();
        var i = 0;
        while (i < input.Length)
        {
            var b = input[i];
            var start = i;
            if (b == (byte)'"')
            {
                i++;
                while (i < input.Length && input[i] != (byte)'"')
                {
                    i += input[i] == (byte)'\\' ? 2 : 1;
                }

                i = i < input.Length ? i + 1 : input.Length;
                tokens.Add(new TokenSpan(start, i - start, TokenKind.String));
            }
            else if (b == (byte)'/' && i + 1 < input.Length && (input[i + 1] == (byte)'/' || input[i + 1] == (byte)'*'))
            {
                var block = input[i + 1] == (byte)'*';
                i += 2;
                while (i < input.Length && !(block ? input[i - 1] == (byte)'*' && input[i] == (byte)'/' && i > start + 2 : input[i] == (byte)'\n'))
                {
                    i++;
                }

                i = i < input.Length ? i + 1 : input.Length;
                tokens.Add(new TokenSpan(start, i - start, TokenKind.Comment));
            }
            else if (b is (byte)'{' or (byte)'}' or (byte)'[' or (byte)']' or (byte)':' or (byte)',')
            {
                i++;
                tokens.Add(new TokenSpan(start, 1, TokenKind.Punctuation));
            }
            else if (b == (byte)'-' || (b >= (byte)'0' && b <= (byte)'9'))
            {
                i++;
                while (i < input.Length && IsNumberByte(input[i]))
                {
                    i++;
                }

                tokens.Add(new TokenSpan(start, i - start, TokenKind.Number));
            }
            else if ((b >= (byte)'a' && b <= (byte)'z') || (b >= (byte)'A' && b <= (byte)'Z'))
            {
                while (i < input.Length && ((input[i] | 0x20) >= (byte)'a' && (input[i] | 0x20) <= (byte)'z'))
                {
                    i++;
                }

                tokens.Add(new TokenSpan(start, i - start, TokenKind.Word));
            }
            else
            {
                i++;
            }
        }

        return tokens;
    }

    private static bool IsNumberByte(byte b) =>
        (b >= (byte)'0' && b <= (byte)'9') || b is (byte)'.' or (byte)'e' or (byte)'E' or (byte)'+' or (byte)'-';
}
