using System.Collections.Concurrent;

namespace EditorialLint.Engine.Rete;

/// <summary>Knows, for each runtime type, the type nodes its facts are assignable to.</summary>
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

    /// <summary>The type nodes a fact of runtime type <paramref name="type"/> reaches, in the order they were added.</summary>
    public TypeNode[] Route(Type type) =>
        _routes.GetOrAdd(
            type,
            static (type, typeNodes) => typeNodes.Where(n => n.FilterType.IsAssignableFrom(type)).ToArray(),
            _typeNodes);
}
