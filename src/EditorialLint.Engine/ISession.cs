namespace EditorialLint.Engine;

/// <summary>
/// A working memory of facts plus an agenda of rule activations. Facts are identified by reference.
/// Not thread-safe: use one session per unit of work.
/// </summary>
public interface ISession
{
    /// <summary>The agenda of pending activations.</summary>
    IAgenda Agenda { get; }

    /// <summary>Events of this session.</summary>
    ISessionEvents Events { get; }

    /// <summary>Adds a fact and matches it against the rules.</summary>
    /// <param name="fact">The fact.</param>
    /// <exception cref="InvalidOperationException">The same object is already in the session.</exception>
    void Insert(object fact);

    /// <summary>Adds several facts.</summary>
    /// <param name="facts">The facts.</param>
    /// <exception cref="InvalidOperationException">One of the objects is already in the session.</exception>
    void InsertAll(IEnumerable<object> facts);

    /// <summary>Re-evaluates what depends on a fact that changed.</summary>
    /// <param name="fact">A fact in the session.</param>
    /// <exception cref="InvalidOperationException">The object is not in the session.</exception>
    void Update(object fact);

    /// <summary>Removes a fact and everything that depended on it.</summary>
    /// <param name="fact">A fact in the session.</param>
    /// <exception cref="InvalidOperationException">The object is not in the session.</exception>
    void Retract(object fact);

    /// <summary>Removes a fact if it is in the session.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>Whether the fact was in the session.</returns>
    bool TryRetract(object fact);

    /// <summary>Fires activations until the agenda is empty or an action halts.</summary>
    /// <returns>The number of rules fired.</returns>
    /// <exception cref="RuleRuntimeException">An action threw and no handler marked the failure handled.</exception>
    int Fire();

    /// <summary>Fires at most <paramref name="maxRulesNumber"/> activations.</summary>
    /// <param name="maxRulesNumber">The most rules to fire.</param>
    /// <returns>The number of rules fired.</returns>
    /// <exception cref="RuleRuntimeException">An action threw and no handler marked the failure handled.</exception>
    int Fire(int maxRulesNumber);

    /// <summary>
    /// A snapshot of the facts in the session assignable to <typeparamref name="T"/>; insertion order
    /// until facts are retracted, after which new facts may take the freed places.
    /// </summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <returns>A snapshot of the matching facts.</returns>
    IEnumerable<T> Query<T>();
}
