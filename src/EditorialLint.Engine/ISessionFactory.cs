using EditorialLint.Engine.RuleModel;

namespace EditorialLint.Engine;

/// <summary>
/// A compiled rule set. Immutable and safe to share across threads; creating a session is cheap.
/// </summary>
public interface ISessionFactory
{
    /// <summary>The compiled rules, in the order given to the compiler.</summary>
    IReadOnlyList<IRuleDefinition> Rules { get; }

    /// <summary>Events of every session this factory creates.</summary>
    IEventProvider Events { get; }

    /// <summary>The shape of the compiled network: node counts by kind.</summary>
    NetworkMetrics Metrics { get; }

    /// <summary>Creates an empty session.</summary>
    /// <returns>The new session; not thread-safe.</returns>
    ISession CreateSession();
}
