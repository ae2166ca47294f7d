namespace EditorialLint.Rules.Packs;

/// <summary>A sequence of a YAML document.</summary>
internal sealed class SequenceNode(int line, int column, IReadOnlyList<DocumentNode> children) : DocumentNode(line, column)
{
    /// <summary>The items, in order.</summary>
    public IReadOnlyList<DocumentNode> Children { get; } = children;
}
