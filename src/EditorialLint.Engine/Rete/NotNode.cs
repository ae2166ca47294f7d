namespace EditorialLint.Engine.Rete;

/// <summary>Passes partial matches that no fact matches.</summary>
internal sealed class NotNode(TupleSourceNode leftSource, AlphaMemoryNode rightSource, JoinKey? key, TupleCondition[] conditions)
    : QuantifierNode(NodeKind.Not, leftSource, rightSource, key, conditions)
{
    protected override bool Passes(int matchCount) => matchCount == 0;
}
