namespace EditorialLint.Engine.RuleModel;

/// <summary>Base of the immutable rule tree.</summary>
public abstract class RuleElement
{
    private protected RuleElement()
    {
    }

    /// <summary>The kind of this element.</summary>
    public abstract ElementType ElementType { get; }

    /// <summary>Declarations this element makes visible to what follows it.</summary>
    public abstract IReadOnlyCollection<Declaration> Exports { get; }

    /// <summary>Declarations made elsewhere that this element refers to.</summary>
    public abstract IReadOnlyCollection<Declaration> Imports { get; }

    /// <summary>Dispatches to the visitor method for this element's kind.</summary>
    /// <typeparam name="TContext">The visitor's context type.</typeparam>
    /// <param name="context">Passed through to the visitor.</param>
    /// <param name="visitor">The visitor.</param>
    /// <returns>The element the visitor produced; this instance when nothing changed.</returns>
    public abstract RuleElement Accept<TContext>(TContext context, RuleElementVisitor<TContext> visitor);

    private protected static IReadOnlyCollection<Declaration> Distinct(IEnumerable<Declaration> declarations, IEnumerable<Declaration>? except = null)
    {
        var excluded = except is null ? null : new HashSet<Declaration>(except);
        var result = new List<Declaration>();
        var seen = new HashSet<Declaration>();
        foreach (var declaration in declarations)
        {
            if ((excluded is null || !excluded.Contains(declaration)) && seen.Add(declaration))
            {
                result.Add(declaration);
            }
        }

        return result.AsReadOnly();
    }
}
