namespace EditorialLint.Rules.Packs;

/// <summary>A mapping of a YAML document, its entries in written order.</summary>
internal sealed class MappingNode(int line, int column, IReadOnlyList<KeyValuePair<DocumentNode, DocumentNode>> children)
    : DocumentNode(line, column)
{
    /// <summary>The entries, in order.</summary>
    public IReadOnlyList<KeyValuePair<DocumentNode, DocumentNode>> Children { get; } = children;

    /// <summary>The value of the plain scalar key <paramref name="key"/>, or null.</summary>
    public DocumentNode? Find(string key)
    {
        foreach (var (k, value) in Children)
        {
            if (k is ScalarNode { IsPlainKey: true } scalar && scalar.Value == key) return value;
        }

        return null;
    }
}
