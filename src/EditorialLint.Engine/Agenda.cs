namespace EditorialLint.Engine;

/// <summary>
/// Pending activations: one first-in-first-out queue per priority, highest priority first. Queues are
/// linked through the activations, and an activation knows its queue, so adding, removing and taking
/// the next are constant time for the handful of priorities a rule set uses.
/// </summary>
internal sealed class Agenda : IAgenda
{
    // Highest priority first.
    private readonly List<Queue> _queues = [];
    private readonly List<IAgendaFilter> _filters = [];

    public bool IsEmpty => Count == 0;

    public int Count { get; private set; }

    public Activation Peek() => First() ?? throw new InvalidOperationException("The agenda is empty.");

    public bool TryPeek(out Activation activation)
    {
        activation = First()!;
        return activation is not null;
    }

    public void Clear()
    {
        foreach (var queue in _queues)
        {
            while (queue.First is { } activation)
            {
                queue.Remove(activation);
            }
        }

        Count = 0;
    }

    public void AddFilter(IAgendaFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        _filters.Add(filter);
    }

    public void Enqueue(Activation activation)
    {
        if (activation.IsQueued)
        {
            return;
        }

        foreach (var filter in _filters)
        {
            if (!filter.Accept(activation))
            {
                return;
            }
        }

        QueueFor(activation.Node.Priority).Append(activation);
        Count++;
    }

    public void Remove(Activation activation)
    {
        if (activation.Queue is { } queue)
        {
            queue.Remove(activation);
            Count--;
        }
    }

    public bool TryDequeue(out Activation activation)
    {
        activation = First()!;
        if (activation is null)
        {
            return false;
        }

        Remove(activation);
        return true;
    }

    private Activation? First()
    {
        if (Count == 0)
        {
            return null;
        }

        foreach (var queue in _queues)
        {
            if (queue.First is { } first)
            {
                return first;
            }
        }

        return null;
    }

    private Queue QueueFor(int priority)
    {
        var at = 0;
        for (; at < _queues.Count && _queues[at].Priority >= priority; at++)
        {
            if (_queues[at].Priority == priority)
            {
                return _queues[at];
            }
        }

        var queue = new Queue(priority);
        _queues.Insert(at, queue);
        return queue;
    }

    /// <summary>The activations of one priority, in arrival order.</summary>
    internal sealed class Queue(int priority)
    {
        private Activation? _last;

        public int Priority { get; } = priority;

        public Activation? First { get; private set; }

        public void Append(Activation activation)
        {
            activation.PreviousInQueue = _last;
            activation.NextInQueue = null;
            if (_last is null)
            {
                First = activation;
            }
            else
            {
                _last.NextInQueue = activation;
            }

            _last = activation;
            activation.Queue = this;
        }

        public void Remove(Activation activation)
        {
            if (activation.PreviousInQueue is null)
            {
                First = activation.NextInQueue;
            }
            else
            {
                activation.PreviousInQueue.NextInQueue = activation.NextInQueue;
            }

            if (activation.NextInQueue is null)
            {
                _last = activation.PreviousInQueue;
            }
            else
            {
                activation.NextInQueue.PreviousInQueue = activation.PreviousInQueue;
            }

            activation.PreviousInQueue = null;
            activation.NextInQueue = null;
            activation.Queue = null;
        }
    }
}
