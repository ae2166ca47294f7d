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

    public ISession CreateSession() => new Session(network, _events);
}
