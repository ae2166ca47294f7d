namespace EditorialLint.Engine.Rete;

/// <summary>A node whose output partial matches feed the left inputs of other nodes.</summary>
internal abstract class TupleSourceNode(NodeKind kind) : ReteNode(kind)
{
    public List<ITupleSink> Children { get; } = [];
}
