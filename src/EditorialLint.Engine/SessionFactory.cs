using EditorialLint.Engine.Rete;
using EditorialLint.Engine.RuleModel;

namespace EditorialLint.Engine;

/// <summary>A compiled network plus the rules it came from.</summary>
internal sealed class SessionFactory(Network network, IReadOnlyList<IRuleDefinition> rules) : ISessionFactory
{
    private readonly EventAggregator _events = new(parent: null);

    public IReadOnlyList<IRuleDefinition> Rules { get; } = rules;

    public IEventProvider Events => _events;

    public NetworkMetrics Metrics => network.Metrics;

    /// <summary>
    /// The number of facts the session that last finished firing held. Sessions of one factory tend to be
    /// alike, so a new one sizes its fact map for that many at once instead of growing it insert by insert.
    /// Sessions on other threads may overwrite it at any time; it is only a hint.
    /// </summary>
    internal int FactCountHint { get; set; }

    public ISession CreateSession() => new Session(network, _events, this);
}
