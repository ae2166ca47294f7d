using EditorialLint.Engine.RuleModel;

namespace EditorialLint.Engine.Rete;

/// <summary>Base of all network nodes. Nodes are immutable once built and shared by every session.</summary>
internal abstract class ReteNode(NodeKind kind)
{
    private readonly List<IRuleDefinition> _rules = [];

    public NodeKind Kind { get; } = kind;

    /// <summary>The rules this node serves; several when the node is shared.</summary>
    public IReadOnlyList<IRuleDefinition> Rules => _rules;

    /// <summary>Records a rule; rules are compiled one after another, so a repeat can only be the last one.</summary>
    public void AddRule(IRuleDefinition rule)
    {
        if (_rules.Count == 0 || !ReferenceEquals(_rules[^1], rule))
        {
            _rules.Add(rule);
        }
    }
}
