namespace EditorialLint.Rules.Packs;

/// <summary>A sequence of a YAML document.</summary>
internal sealed class SequenceNode(int line, int column, DocumentNode[] items) : DocumentNode(line, column)
{
    /// <summary>The items, in order.</summary>
    public DocumentNode[] Items { get; } = items;
}
