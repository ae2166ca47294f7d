namespace EditorialLint.Engine.RuleModel;

/// <summary>The right-hand side of a rule: its actions, run in written order.</summary>
public sealed class ActionGroupElement : RuleElement
{
    private readonly IReadOnlyCollection<Declaration> _imports;

    /// <summary>Creates an action group.</summary>
    /// <param name="actions">The actions, in written order.</param>
    public ActionGroupElement(IEnumerable<ActionElement> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        Actions = actions.ToList().AsReadOnly();
        _imports = Distinct(Actions.SelectMany(a => a.Imports));
    }

    /// <summary>The actions, in written order.</summary>
    public IReadOnlyList<ActionElement> Actions { get; }

    /// <inheritdoc/>
    public override ElementType ElementType => ElementType.ActionGroup;

    /// <inheritdoc/>
    public override IReadOnlyCollection<Declaration> Exports => [];

    /// <inheritdoc/>
    public override IReadOnlyCollection<Declaration> Imports => _imports;

    /// <inheritdoc/>
    public override RuleElement Accept<TContext>(TContext context, RuleElementVisitor<TContext> visitor) =>
        visitor.VisitActionGroup(context, this);
}
