using System.Collections.Concurrent;

namespace EditorialLint.Engine.Rete;

/// <summary>Routes each fact to the type nodes its runtime type is assignable to.</summary>
internal sealed class RootNode() : ReteNode(NodeKind.Root)
{
    private readonly List<TypeNode> _typeNodes = [];
    private readonly ConcurrentDictionary<Type, TypeNode[]> _routes = new();

    public IReadOnlyList<TypeNode> TypeNodes => _typeNodes;

    public TypeNode GetOrAddTypeNode(Type type)
    {
        foreach (var node in _typeNodes)
        {
            if (node.FilterType == type)
            {
                return node;
            }
        }

        var created = new TypeNode(type);
        _typeNodes.Add(created);
        return created;
    }

    public void PropagateAssert(Session session, Fact fact)
    {
        foreach (var node in Route(fact))
        {
            node.PropagateAssert(session, fact);
        }
    }

    public void PropagateUpdate(Session session, Fact fact)
    {
        foreach (var node in Route(fact))
        {
            node.PropagateUpdate(session, fact);
        }
    }

    public void PropagateRetract(Session session, Fact fact)
    {
        foreach (var node in Route(fact))
        {
            node.PropagateRetract(session, fact);
        }
    }

    private TypeNode[] Route(Fact fact) =>
        _routes.GetOrAdd(
            fact.Object!.GetType(),
            static (type, typeNodes) => typeNodes.Where(n => n.FilterType.IsAssignableFrom(type)).ToArray(),
            _typeNodes);
}
