using System.Linq.Expressions;
using EditorialLint.Engine.Rete;
using EditorialLint.Engine.RuleModel;

namespace EditorialLint.Engine;

/// <summary>
/// Working memory and agenda over a shared compiled network. Every change propagates through the
/// network at once; only nodes reachable from the changed fact are touched. Aggregate results the
/// change made stale are brought up to date once it has propagated (once for a whole
/// <see cref="InsertAll"/>), before the call returns; while rules fire, changes their actions make
/// are gathered until an activation the stale results could affect is next to fire.
/// </summary>
internal sealed class Session : ISession
{
    private readonly Network _network;
    // Node memories, created on first use, in pages allocated on first use: a session over thousands of
    // rules costs nothing for the rules no fact reaches (one slot array for all of them would be large
    // enough to be collected only with the oldest generation).
    private const int PageBits = 8;
    private const int PageMask = (1 << PageBits) - 1;
    // A new session sizes its fact map from the factory's hint up to this many facts, so that one huge
    // session does not make the next ones allocate as much; larger sessions grow the map as they go.
    private const int MaxPresizedFacts = 4096;
    private readonly object?[]?[] _memoryPages;
    private readonly Dictionary<object, Fact> _facts;
    private readonly SessionFactory _factory;
    private readonly Agenda _agenda = new();
    private readonly EventAggregator _events;
    private readonly ActionContext _context;
    private readonly Queue<object> _linkedRetractions = new();
    private readonly Queue<(AggregateNode Node, LeftEntry Entry)> _pendingAggregates = new();
    private readonly HashSet<AggregateNode> _pendingNodes = [];
    private int _pendingPriority = int.MinValue;
    private bool _pendingRetractsLinked;
    private Type? _routedType;
    private TypeNode[] _route = [];
    private bool _started;
    private bool _propagating;
    private bool _firing;
    private bool _halted;
    private int _lastId;

    public Session(Network network, EventAggregator factoryEvents, SessionFactory factory)
    {
        _network = network;
        _factory = factory;
        _facts = new Dictionary<object, Fact>(Math.Min(factory.FactCountHint, MaxPresizedFacts), ReferenceEqualityComparer.Instance);
        _memoryPages = new object?[]?[(network.MemoryCount + PageMask) >> PageBits];
        _events = new EventAggregator(factoryEvents);
        _context = new ActionContext(this);
    }

    public IAgenda Agenda
    {
        get
        {
            Start();
            if (!_propagating)
            {
                SettleAll();
            }

            return _agenda;
        }
    }

    public ISessionEvents Events => _events;

    /// <summary>Conditions evaluated so far; lets tests see how much work a change caused.</summary>
    internal long ConditionEvaluations { get; private set; }

    /// <summary>Node memories created so far; lets tests see that untouched rules cost nothing.</summary>
    internal int MemoriesCreated { get; private set; }

    /// <summary>How many facts the fact map holds before it grows; lets tests see how a session was sized.</summary>
    internal int FactCapacity => _facts.EnsureCapacity(0);

    public void Insert(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        BeginChange();
        if (!TryInsertCore(fact))
        {
            throw AlreadyInSession(fact);
        }

        Settle();
    }

    public void InsertAll(IEnumerable<object> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        BeginChange();
        if (facts.TryGetNonEnumeratedCount(out var count))
        {
            _facts.EnsureCapacity(_facts.Count + count);
        }

        foreach (var fact in facts)
        {
            if (fact is null || !TryInsertCore(fact))
            {
                // The facts before it stay inserted, with everything they match up to date.
                Settle();
                ArgumentNullException.ThrowIfNull(fact);
                throw AlreadyInSession(fact);
            }
        }

        Settle();
    }

    public void Update(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        BeginChange();
        if (!_facts.TryGetValue(fact, out var wrapper))
        {
            throw NotInSession(fact, "update");
        }

        Propagate(wrapper, Change.Update);
        _events.RaiseFactUpdated(this, fact);
        Settle();
    }

    public void Retract(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (!TryRetract(fact))
        {
            throw NotInSession(fact, "retract");
        }
    }

    public bool TryRetract(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        BeginChange();
        if (!RetractCore(fact))
        {
            return false;
        }

        Settle();
        return true;
    }

    public int Fire() => Fire(int.MaxValue);

    public int Fire(int maxRulesNumber)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxRulesNumber);
        Start();
        if (_firing)
        {
            throw new InvalidOperationException("Fire was called from inside a rule action; the session is already firing.");
        }

        _firing = true;
        _halted = false;
        var fired = 0;
        try
        {
            while (fired < maxRulesNumber && !_halted)
            {
                if (_pendingAggregates.Count > 0 && (!_agenda.TryPeek(out var next) || MayChange(next)))
                {
                    SettleAll();
                }

                if (!_agenda.TryDequeue(out var activation))
                {
                    break;
                }

                activation.HasFired = true;
                fired++;
                _events.RaiseRuleFiring(this, activation);
                if (Run(activation))
                {
                    _events.RaiseRuleFired(this, activation);
                }
            }

            SettleAll();
        }
        finally
        {
            _firing = false;
            _context.Activation = null;
        }

        _factory.FactCountHint = _facts.Count;

        return fired;
    }

    public IEnumerable<T> Query<T>()
    {
        var result = new List<T>();
        foreach (var fact in _facts.Values)
        {
            if (fact.Object is T value)
            {
                result.Add(value);
            }
        }

        return result;
    }

    public void Halt() => _halted = true;

    public void InsertLinked(Activation activation, object key, object fact)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(fact);
        var linked = activation.LinkedFacts ??= [];
        if (linked.TryGetValue(key, out var previous) && !ReferenceEquals(previous, fact))
        {
            TryRetract(previous);
        }

        linked[key] = fact;
        if (!_facts.ContainsKey(fact))
        {
            Insert(fact);
        }
    }

    internal T Memory<T>(IMemoryNode node)
        where T : class
    {
        var index = node.MemoryIndex;
        var page = _memoryPages[index >> PageBits] ??= new object?[PageMask + 1];
        if (page[index & PageMask] is not { } memory)
        {
            memory = page[index & PageMask] = node.CreateMemory();
            MemoriesCreated++;
        }

        return (T)memory;
    }

    internal void CountEvaluation() => ConditionEvaluations++;

    /// <summary>A number for a new fact wrapper or partial match: its hash in node memories.</summary>
    internal int NextId() => ++_lastId;

    /// <summary>Queues an aggregate result to be brought up to date when the current change has propagated.</summary>
    internal void OnAggregatePending(AggregateNode node, LeftEntry entry)
    {
        _pendingAggregates.Enqueue((node, entry));
        if (_pendingNodes.Add(node))
        {
            _pendingPriority = Math.Max(_pendingPriority, node.MaxPriority);
            _pendingRetractsLinked |= node.MayRetractLinked;
        }
    }

    internal void OnConditionFailed(LambdaExpression condition, Exception exception, IReadOnlyList<object?> facts, IReadOnlyList<IRuleDefinition> rules) =>
        _events.RaiseConditionFailed(this, condition, exception, facts, rules);

    internal void OnActivationCreated(Activation activation)
    {
        _agenda.Enqueue(activation);
        _events.RaiseActivationCreated(this, activation);
    }

    internal void OnActivationUpdated(Activation activation)
    {
        if (!activation.HasFired || activation.Rule.Repeatability == RuleRepeatability.Repeatable)
        {
            _agenda.Enqueue(activation);
        }

        _events.RaiseActivationUpdated(this, activation);
    }

    internal void OnActivationDeleted(Activation activation)
    {
        _agenda.Remove(activation);
        if (activation.LinkedFacts is not null)
        {
            // Retracting now would re-enter the network mid-propagation; do it once this change settles.
            foreach (var linked in activation.LinkedFacts.Values)
            {
                _linkedRetractions.Enqueue(linked);
            }

            activation.LinkedFacts = null;
        }

        _events.RaiseActivationDeleted(this, activation);
    }

    private static InvalidOperationException AlreadyInSession(object fact) =>
        new($"The fact '{fact}' ({fact.GetType().Name}) is already in the session; facts are identified by reference. " +
            "Use Update to re-evaluate a fact that changed.");

    private static InvalidOperationException NotInSession(object fact, string verb) =>
        new($"Cannot {verb} the fact '{fact}' ({fact.GetType().Name}): it is not in the session; facts are identified by reference.");

    private bool Run(Activation activation)
    {
        _context.Activation = activation;
        foreach (var action in activation.Node.Actions)
        {
            try
            {
                action.Invoke(_context, activation.Tuple);
            }
            catch (Exception exception)
            {
                if (_events.RaiseActionFailed(this, action.Source, exception, activation))
                {
                    return false;
                }

                throw new RuleRuntimeException(
                    activation.Rule.Name,
                    $"Rule '{activation.Rule.Name}' failed in action '{action.Source}': {exception.Message}",
                    exception);
            }
        }

        return true;
    }

    private bool TryInsertCore(object fact)
    {
        var wrapper = new Fact(fact, NextId());
        if (!_facts.TryAdd(fact, wrapper))
        {
            return false;
        }

        Propagate(wrapper, Change.Assert);
        _events.RaiseFactInserted(this, fact);
        return true;
    }

    private bool RetractCore(object fact)
    {
        if (!_facts.Remove(fact, out var wrapper))
        {
            return false;
        }

        Propagate(wrapper, Change.Retract);
        _events.RaiseFactRetracted(this, fact);
        return true;
    }

    private void BeginChange()
    {
        if (_propagating)
        {
            throw new InvalidOperationException(
                "The session is in the middle of propagating a change (an event handler tried to modify it); " +
                "modify the session from rule actions or after the call returns.");
        }

        Start();
    }

    private void Start()
    {
        if (_started)
        {
            return;
        }

        _started = true;
        _propagating = true;
        try
        {
            _network.Dummy.Start(this);
        }
        finally
        {
            _propagating = false;
        }

        RefreshAggregates();
    }

    private void Propagate(Fact fact, Change change)
    {
        var route = RouteOf(fact.Object!.GetType());
        _propagating = true;
        try
        {
            foreach (var node in route)
            {
                switch (change)
                {
                    case Change.Assert:
                        node.PropagateAssert(this, fact);
                        break;
                    case Change.Update:
                        node.PropagateUpdate(this, fact);
                        break;
                    default:
                        node.PropagateRetract(this, fact);
                        break;
                }
            }
        }
        finally
        {
            _propagating = false;
        }
    }

    /// <summary>
    /// The type nodes a fact of <paramref name="type"/> reaches. Facts mostly come in runs of one type,
    /// so the last route is kept and the network's shared table is only asked when the type changes.
    /// </summary>
    private TypeNode[] RouteOf(Type type)
    {
        if (type != _routedType)
        {
            _route = _network.Root.Route(type);
            _routedType = type;
        }

        return _route;
    }

    /// <summary>
    /// Finishes a change: brings stale aggregate results up to date, then retracts facts linked to
    /// activations that the change deleted, and so on until nothing is left. A change made by a firing
    /// rule leaves aggregate results stale; <see cref="Fire(int)"/> refreshes them when they matter.
    /// </summary>
    private void Settle()
    {
        if (_firing)
        {
            while (_linkedRetractions.Count > 0)
            {
                RetractCore(_linkedRetractions.Dequeue());
            }
        }
        else
        {
            SettleAll();
        }
    }

    private void SettleAll()
    {
        RefreshAggregates();
        while (_linkedRetractions.Count > 0)
        {
            RetractCore(_linkedRetractions.Dequeue());
            RefreshAggregates();
        }
    }

    /// <summary>
    /// Whether bringing the stale aggregate results up to date could change which activation fires
    /// next or what it binds: when one of them feeds its rule or a rule ranked above it (at equal
    /// priority, activations they create would queue behind it), or may retract linked facts, which
    /// any rule could match.
    /// </summary>
    private bool MayChange(Activation next)
    {
        if (_pendingRetractsLinked || _pendingPriority > next.Node.Priority)
        {
            return true;
        }

        foreach (var aggregate in next.Node.Aggregates)
        {
            if (_pendingNodes.Contains(aggregate))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Brings every stale aggregate result up to date, including those refreshing others makes stale;
    /// not while a change propagates (an event handler reading the agenda), which would re-enter the network.
    /// </summary>
    private void RefreshAggregates()
    {
        if (_pendingAggregates.Count == 0 || _propagating)
        {
            return;
        }

        _propagating = true;
        try
        {
            while (_pendingAggregates.TryDequeue(out var pending))
            {
                pending.Node.Refresh(this, pending.Entry);
            }

            _pendingNodes.Clear();
            _pendingPriority = int.MinValue;
            _pendingRetractsLinked = false;
        }
        finally
        {
            _propagating = false;
        }
    }

    /// <summary>What a change does to a fact.</summary>
    private enum Change
    {
        Assert,
        Update,
        Retract,
    }

    /// <summary>The <see cref="IContext"/> handed to actions; one per session, pointed at the firing activation.</summary>
    private sealed class ActionContext(Session session) : IContext
    {
        public Activation? Activation { get; set; }

        public IRuleDefinition Rule => Current.Rule;

        private Activation Current => Activation ?? throw new InvalidOperationException("No rule is firing.");

        public void Insert(object fact) => session.Insert(fact);

        public void InsertAll(IEnumerable<object> facts) => session.InsertAll(facts);

        public void Update(object fact) => session.Update(fact);

        public void Retract(object fact) => session.Retract(fact);

        public void InsertLinked(object key, object fact) => session.InsertLinked(Current, key, fact);

        public void Halt() => session.Halt();
    }
}
