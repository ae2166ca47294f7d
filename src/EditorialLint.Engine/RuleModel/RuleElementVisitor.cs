namespace EditorialLint.Engine.RuleModel;

/// <summary>
/// Walks and rewrites the rule tree. Each default method visits the children and returns the
/// element itself when no child changed, otherwise a new element with the new children.
/// </summary>
/// <typeparam name="TContext">State passed along the walk.</typeparam>
public abstract class RuleElementVisitor<TContext>
{
    /// <summary>Visits any element.</summary>
    /// <param name="context">Walk state.</param>
    /// <param name="element">The element.</param>
    /// <returns>The rewritten element, or <paramref name="element"/> when nothing changed.</returns>
    public virtual RuleElement Visit(TContext context, RuleElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        return element.Accept(context, this);
    }

    /// <summary>Visits an AND group.</summary>
    /// <param name="context">Walk state.</param>
    /// <param name="element">The element.</param>
    /// <returns>The rewritten element, or <paramref name="element"/> when nothing changed.</returns>
    protected internal virtual RuleElement VisitAnd(TContext context, AndElement element) =>
        VisitAll(context, element.ChildElements, out var children) ? new AndElement(children) : element;

    /// <summary>Visits an OR group.</summary>
    /// <param name="context">Walk state.</param>
    /// <param name="element">The element.</param>
    /// <returns>The rewritten element, or <paramref name="element"/> when nothing changed.</returns>
    protected internal virtual RuleElement VisitOr(TContext context, OrElement element) =>
        VisitAll(context, element.ChildElements, out var children) ? new OrElement(children) : element;

    /// <summary>Visits a negation.</summary>
    /// <param name="context">Walk state.</param>
    /// <param name="element">The element.</param>
    /// <returns>The rewritten element, or <paramref name="element"/> when nothing changed.</returns>
    protected internal virtual RuleElement VisitNot(TContext context, NotElement element)
    {
        var source = Visit(context, element.Source);
        return ReferenceEquals(source, element.Source) ? element : new NotElement(source);
    }

    /// <summary>Visits an existential quantifier.</summary>
    /// <param name="context">Walk state.</param>
    /// <param name="element">The element.</param>
    /// <returns>The rewritten element, or <paramref name="element"/> when nothing changed.</returns>
    protected internal virtual RuleElement VisitExists(TContext context, ExistsElement element)
    {
        var source = Visit(context, element.Source);
        return ReferenceEquals(source, element.Source) ? element : new ExistsElement(source);
    }

    /// <summary>Visits a pattern.</summary>
    /// <param name="context">Walk state.</param>
    /// <param name="element">The element.</param>
    /// <returns>The rewritten element, or <paramref name="element"/> when nothing changed.</returns>
    protected internal virtual RuleElement VisitPattern(TContext context, PatternElement element)
    {
        var changed = VisitAll(context, element.Conditions, out var conditions);
        var source = element.Source is null ? null : Visit(context, element.Source);
        changed |= !ReferenceEquals(source, element.Source);
        return changed ? new PatternElement(element.Declaration, conditions, source) : element;
    }

    /// <summary>Visits an aggregate.</summary>
    /// <param name="context">Walk state.</param>
    /// <param name="element">The element.</param>
    /// <returns>The rewritten element, or <paramref name="element"/> when nothing changed.</returns>
    protected internal virtual RuleElement VisitAggregate(TContext context, AggregateElement element)
    {
        var source = Cast<PatternElement>(Visit(context, element.Source));
        var changed = VisitAll(context, element.Expressions, out var expressions);
        changed |= !ReferenceEquals(source, element.Source);
        return changed ? new AggregateElement(element.Name, element.ResultType, source, expressions) : element;
    }

    /// <summary>Visits a condition expression.</summary>
    /// <param name="context">Walk state.</param>
    /// <param name="element">The element.</param>
    /// <returns>The rewritten element, or <paramref name="element"/> when nothing changed.</returns>
    protected internal virtual RuleElement VisitExpression(TContext context, ExpressionElement element) => element;

    /// <summary>Visits a named expression.</summary>
    /// <param name="context">Walk state.</param>
    /// <param name="element">The element.</param>
    /// <returns>The rewritten element, or <paramref name="element"/> when nothing changed.</returns>
    protected internal virtual RuleElement VisitNamedExpression(TContext context, NamedExpressionElement element) => element;

    /// <summary>Visits the right-hand side.</summary>
    /// <param name="context">Walk state.</param>
    /// <param name="element">The element.</param>
    /// <returns>The rewritten element, or <paramref name="element"/> when nothing changed.</returns>
    protected internal virtual RuleElement VisitActionGroup(TContext context, ActionGroupElement element) =>
        VisitAll(context, element.Actions, out var actions) ? new ActionGroupElement(actions) : element;

    /// <summary>Visits an action.</summary>
    /// <param name="context">Walk state.</param>
    /// <param name="element">The element.</param>
    /// <returns>The rewritten element, or <paramref name="element"/> when nothing changed.</returns>
    protected internal virtual RuleElement VisitAction(TContext context, ActionElement element) => element;

    private bool VisitAll<TElement>(TContext context, IReadOnlyList<TElement> elements, out List<TElement> result)
        where TElement : RuleElement
    {
        var changed = false;
        result = new List<TElement>(elements.Count);
        foreach (var element in elements)
        {
            var visited = Cast<TElement>(Visit(context, element));
            changed |= !ReferenceEquals(visited, element);
            result.Add(visited);
        }

        return changed;
    }

    private static TElement Cast<TElement>(RuleElement element)
        where TElement : RuleElement =>
        element as TElement ?? throw new InvalidOperationException(
            $"A visitor replaced a {typeof(TElement).Name} with a {element.GetType().Name}, which cannot stand in its place.");
}
