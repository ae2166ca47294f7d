namespace EditorialLint.Cli.Tests.Running;

/// <summary>Line and column of an offset, worked out independently of the tool: 1-based, in UTF-16 units, lines split at LF.</summary>
internal static class TextPositions
{
    /// <summary>The 1-based line and column of <paramref name="offset"/> in <paramref name="text"/>.</summary>
    public static (int Line, int Column) At(string text, int offset)
    {
        var before = text.AsSpan(0, offset);
        var line = before.Count('\n') + 1;
        var column = offset - (before.LastIndexOf('\n') + 1) + 1;
        return (line, column);
    }

    /// <summary>The text of a file as the contract counts it: decoded UTF-8, byte-order mark dropped.</summary>
    public static string Decoded(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        return new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, start, bytes.Length - start);
    }
}
