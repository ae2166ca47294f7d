namespace EditorialLint.Engine.RuleModel;

/// <summary>What a rule's action can do to the session while the rule fires.</summary>
public interface IContext
{
    /// <summary>The rule that is firing.</summary>
    IRuleDefinition Rule { get; }

    /// <summary>Inserts a new fact into the session.</summary>
    /// <param name="fact">The fact; it must not already be in the session.</param>
    void Insert(object fact);

    /// <summary>Inserts several new facts into the session.</summary>
    /// <param name="facts">The facts; none may already be in the session.</param>
    void InsertAll(IEnumerable<object> facts);

    /// <summary>Tells the session that a fact changed, so the rules that depend on it are re-evaluated.</summary>
    /// <param name="fact">A fact already in the session.</param>
    void Update(object fact);

    /// <summary>Removes a fact from the session.</summary>
    /// <param name="fact">A fact already in the session.</param>
    void Retract(object fact);

    /// <summary>
    /// Inserts a fact linked to the current activation: it is retracted when the activation is deleted.
    /// Linking a second fact under the same key replaces (retracts) the first.
    /// </summary>
    /// <param name="key">Identifies the linked fact within this activation.</param>
    /// <param name="fact">The fact to insert.</param>
    void InsertLinked(object key, object fact);

    /// <summary>Stops <c>Fire</c> once the current rule's actions have run.</summary>
    void Halt();
}
