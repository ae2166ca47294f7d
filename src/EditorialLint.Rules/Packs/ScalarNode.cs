namespace EditorialLint.Rules.Packs;

/// <summary>A scalar of a YAML document.</summary>
internal sealed class ScalarNode(int line, int column, string value, bool isPlainKey) : DocumentNode(line, column)
{
    /// <summary>The value as written (quotes and escapes resolved).</summary>
    public string Value { get; } = value;

    /// <summary>Whether a mapping's key lookup by <see cref="Value"/> finds this scalar: false when it carries an explicit tag.</summary>
    public bool IsPlainKey { get; } = isPlainKey;
}
