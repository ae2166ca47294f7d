namespace EditorialLint.Engine;

/// <summary>
/// The rule activations waiting to fire: highest priority first, first-in-first-out among equals.
/// </summary>
public interface IAgenda
{
    /// <summary>Whether no activation is waiting.</summary>
    bool IsEmpty { get; }

    /// <summary>The number of waiting activations.</summary>
    int Count { get; }

    /// <summary>The activation that fires next.</summary>
    /// <returns>The next activation.</returns>
    /// <exception cref="InvalidOperationException">The agenda is empty.</exception>
    Activation Peek();

    /// <summary>Removes every waiting activation.</summary>
    void Clear();

    /// <summary>
    /// Adds a filter. An activation enters the agenda only if every filter accepts it; filters are
    /// checked when the activation is created or updated.
    /// </summary>
    /// <param name="filter">The filter.</param>
    void AddFilter(IAgendaFilter filter);
}
