namespace EditorialLint.Engine.RuleModel;

/// <summary>An element that combines child elements.</summary>
public abstract class GroupElement : RuleElement
{
    private readonly IReadOnlyCollection<Declaration> _exports;
    private readonly IReadOnlyCollection<Declaration> _imports;

    private protected GroupElement(IEnumerable<RuleElement> childElements)
    {
        ArgumentNullException.ThrowIfNull(childElements);
        ChildElements = childElements.ToList().AsReadOnly();
        _exports = Distinct(ChildElements.SelectMany(c => c.Exports));
        _imports = Distinct(ChildElements.SelectMany(c => c.Imports), _exports);
    }

    /// <summary>The child elements, in written order.</summary>
    public IReadOnlyList<RuleElement> ChildElements { get; }

    /// <summary>How the children combine.</summary>
    public abstract GroupType GroupType { get; }

    /// <inheritdoc/>
    public override IReadOnlyCollection<Declaration> Exports => _exports;

    /// <inheritdoc/>
    public override IReadOnlyCollection<Declaration> Imports => _imports;
}
