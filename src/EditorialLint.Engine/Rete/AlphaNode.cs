using System.Runtime.InteropServices;
using EditorialLint.Engine.Expressions;

namespace EditorialLint.Engine.Rete;

/// <summary>A node of the alpha network: tests single facts and feeds alpha memories.</summary>
internal abstract class AlphaNode(NodeKind kind) : ReteNode(kind)
{
    private AlphaDispatch? _dispatch;

    public List<SelectionNode> ChildNodes { get; } = [];

    public AlphaMemoryNode? MemoryNode { get; set; }

    /// <summary>The number of children a fact reaches through a hash lookup rather than a test.</summary>
    public int DispatchedChildren => _dispatch?.DispatchedCount ?? 0;

    /// <summary>Fixes how facts reach the children, once the network is complete.</summary>
    public void Seal(ExpressionCompiler compiler) => _dispatch = AlphaDispatch.Build(ChildNodes, compiler);

    public void PropagateAssert(Session session, Fact fact)
    {
        if (IsSatisfiedBy(session, fact))
        {
            AssertPassed(session, fact);
        }
    }

    /// <summary>Passes on a fact known to satisfy this node's condition.</summary>
    public void AssertPassed(Session session, Fact fact)
    {
        MemoryNode?.Assert(session, fact);
        if (_dispatch is not null)
        {
            _dispatch.Assert(session, fact);
            return;
        }

        foreach (var child in CollectionsMarshal.AsSpan(ChildNodes))
        {
            child.PropagateAssert(session, fact);
        }
    }

    public void PropagateUpdate(Session session, Fact fact)
    {
        if (!IsSatisfiedBy(session, fact))
        {
            PropagateRetract(session, fact);
            return;
        }

        UpdatePassed(session, fact);
    }

    /// <summary>Passes on an updated fact known to satisfy this node's condition.</summary>
    public void UpdatePassed(Session session, Fact fact)
    {
        MemoryNode?.Update(session, fact);
        if (_dispatch is not null)
        {
            _dispatch.Update(session, fact);
            return;
        }

        foreach (var child in CollectionsMarshal.AsSpan(ChildNodes))
        {
            child.PropagateUpdate(session, fact);
        }
    }

    public void PropagateRetract(Session session, Fact fact)
    {
        MemoryNode?.Retract(session, fact);
        foreach (var child in CollectionsMarshal.AsSpan(ChildNodes))
        {
            child.PropagateRetract(session, fact);
        }
    }

    protected abstract bool IsSatisfiedBy(Session session, Fact fact);
}
