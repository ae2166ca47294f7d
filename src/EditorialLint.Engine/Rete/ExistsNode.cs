namespace EditorialLint.Engine.Rete;

/// <summary>Passes, once, partial matches that at least one fact matches.</summary>
internal sealed class ExistsNode(TupleSourceNode leftSource, AlphaMemoryNode rightSource, JoinKey? key, TupleCondition[] conditions)
    : QuantifierNode(NodeKind.Exists, leftSource, rightSource, key, conditions)
{
    protected override bool Passes(int matchCount) => matchCount > 0;
}
