using System.Collections.ObjectModel;
using System.Text;

namespace EditorialLint.Engine;

/// <summary>The shape of a compiled network, to see how much is shared and indexed.</summary>
public sealed class NetworkMetrics
{
    internal NetworkMetrics(IDictionary<NodeKind, int> nodeCounts, int hashIndexedNodes, int hashDispatchedNodes, int compiledExpressions, int terminals)
    {
        var counts = new Dictionary<NodeKind, int>();
        foreach (var kind in Enum.GetValues<NodeKind>())
        {
            counts[kind] = nodeCounts.TryGetValue(kind, out var count) ? count : 0;
        }

        NodeCounts = new ReadOnlyDictionary<NodeKind, int>(counts);
        HashIndexedNodes = hashIndexedNodes;
        HashDispatchedNodes = hashDispatchedNodes;
        CompiledExpressions = compiledExpressions;
        Terminals = terminals;
    }

    /// <summary>The number of nodes of each kind.</summary>
    public IReadOnlyDictionary<NodeKind, int> NodeCounts { get; }

    /// <summary>All nodes.</summary>
    public int TotalNodes => NodeCounts.Values.Sum();

    /// <summary>Join, not, exists and aggregate nodes that look up matches through a hash index on equality keys.</summary>
    public int HashIndexedNodes { get; }

    /// <summary>
    /// Selection nodes comparing a value of the fact with a constant that a fact reaches through a hash
    /// lookup of that value among their siblings' constants, instead of a test of each sibling.
    /// </summary>
    public int HashDispatchedNodes { get; }

    /// <summary>Delegates compiled from expressions; structurally equal expressions share one.</summary>
    public int CompiledExpressions { get; }

    /// <summary>Match paths: one per rule, more for rules with OR groups.</summary>
    public int Terminals { get; }

    /// <summary>The number of nodes of one kind.</summary>
    /// <param name="kind">The node kind.</param>
    /// <returns>The count.</returns>
    public int Count(NodeKind kind) => NodeCounts[kind];

    /// <inheritdoc/>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var (kind, count) in NodeCounts)
        {
            text.Append(kind).Append('=').Append(count).Append(' ');
        }

        return text.Append("indexed=").Append(HashIndexedNodes)
            .Append(" delegates=").Append(CompiledExpressions)
            .Append(" terminals=").Append(Terminals).ToString();
    }
}
