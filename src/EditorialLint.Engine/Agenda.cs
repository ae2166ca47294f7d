namespace EditorialLint.Engine;

/// <summary>Pending activations ordered by priority (higher first), then by arrival.</summary>
internal sealed class Agenda : IAgenda
{
    private readonly SortedSet<Activation> _queue = new(Comparer<Activation>.Create(Compare));
    private readonly List<IAgendaFilter> _filters = [];
    private long _sequence;

    public bool IsEmpty => _queue.Count == 0;

    public int Count => _queue.Count;

    public Activation Peek() => _queue.Count == 0
        ? throw new InvalidOperationException("The agenda is empty.")
        : _queue.Min!;

    public void Clear()
    {
        foreach (var activation in _queue)
        {
            activation.IsQueued = false;
        }

        _queue.Clear();
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

        activation.Sequence = ++_sequence;
        activation.IsQueued = true;
        _queue.Add(activation);
    }

    public void Remove(Activation activation)
    {
        if (activation.IsQueued)
        {
            _queue.Remove(activation);
            activation.IsQueued = false;
        }
    }

    public bool TryDequeue(out Activation activation)
    {
        if (_queue.Count == 0)
        {
            activation = null!;
            return false;
        }

        activation = _queue.Min!;
        _queue.Remove(activation);
        activation.IsQueued = false;
        return true;
    }

    private static int Compare(Activation? x, Activation? y)
    {
        var byPriority = y!.Rule.Priority.CompareTo(x!.Rule.Priority);
        return byPriority != 0 ? byPriority : x.Sequence.CompareTo(y.Sequence);
    }
}
