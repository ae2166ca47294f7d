namespace EditorialLint.Engine;

/// <summary>
/// Pending activations: one first-in-first-out queue per priority, highest priority first. Queues are
/// linked through the activations, so adding, removing and taking the next are constant time for the
/// handful of priorities a rule set uses.
/// </summary>
internal sealed class Agenda : IAgenda
{
    private readonly List<int> _priorities = [];
    private readonly Dictionary<int, Queue> _queues = [];
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
        foreach (var queue in _queues.Values)
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

        var priority = activation.Node.Priority;
        if (!_queues.TryGetValue(priority, out var queue))
        {
            queue = new Queue();
            _queues.Add(priority, queue);
            var at = _priorities.FindIndex(p => p < priority);
            _priorities.Insert(at < 0 ? _priorities.Count : at, priority);
        }

        queue.Append(activation);
        Count++;
    }

    public void Remove(Activation activation)
    {
        if (activation.IsQueued)
        {
            _queues[activation.Node.Priority].Remove(activation);
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

        foreach (var priority in _priorities)
        {
            if (_queues[priority].First is { } first)
            {
                return first;
            }
        }

        return null;
    }

    /// <summary>The activations of one priority, in arrival order.</summary>
    private sealed class Queue
    {
        private Activation? _last;

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
            activation.IsQueued = true;
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
            activation.IsQueued = false;
        }
    }
}
