namespace EditorialLint.Engine.Rete;

/// <summary>A node whose output partial matches feed the left inputs of other nodes.</summary>
internal abstract class TupleSourceNode(NodeKind kind) : ReteNode(kind)
{
    /// <summary>The nodes fed; complete once the network is built, when sessions read it as a span.</summary>
    public List<ITupleSink> Children { get; } = [];
}
