namespace EditorialLint.Engine.Rete;

/// <summary>The partial matches of a beta memory, in arrival order, linked through the tuples.</summary>
internal sealed class TupleList
{
    public Tuple? First { get; private set; }

    public int Count { get; private set; }

    private Tuple? Last { get; set; }

    public void Add(Tuple tuple)
    {
        tuple.PreviousInMemory = Last;
        tuple.NextInMemory = null;
        if (Last is null)
        {
            First = tuple;
        }
        else
        {
            Last.NextInMemory = tuple;
        }

        Last = tuple;
        Count++;
    }

    public void Remove(Tuple tuple)
    {
        if (tuple.PreviousInMemory is null)
        {
            First = tuple.NextInMemory;
        }
        else
        {
            tuple.PreviousInMemory.NextInMemory = tuple.NextInMemory;
        }

        if (tuple.NextInMemory is null)
        {
            Last = tuple.PreviousInMemory;
        }
        else
        {
            tuple.NextInMemory.PreviousInMemory = tuple.PreviousInMemory;
        }

        tuple.PreviousInMemory = null;
        tuple.NextInMemory = null;
        Count--;
    }
}
