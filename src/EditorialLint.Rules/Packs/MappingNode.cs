namespace EditorialLint.Rules.Packs;

/// <summary>A mapping of a YAML document, its entries in written order: <c>Keys[i]: Values[i]</c>.</summary>
internal sealed class MappingNode(int line, int column, DocumentNode[] keys, DocumentNode[] values) : DocumentNode(line, column)
{
    /// <summary>The keys, in order.</summary>
    public DocumentNode[] Keys { get; } = keys;

    /// <summary>The values, in the order of their keys.</summary>
    public DocumentNode[] Values { get; } = values;

    /// <summary>The value of the plain scalar key <paramref name="key"/>, or null.</summary>
    public DocumentNode? Find(string key)
    {
        for (var i = 0; i < Keys.Length; i++)
        {
            if (Keys[i] is ScalarNode { IsPlainKey: true } scalar && scalar.Value == key) return Values[i];
        }

        return null;
    }
}
