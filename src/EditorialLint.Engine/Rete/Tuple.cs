namespace EditorialLint.Engine.Rete;

/// <summary>
/// A partial match: the facts bound so far, by tuple position. Its facts never change; its identity is
/// what downstream memories key on (hashed by a number the session hands out, as <see cref="Fact"/> is).
/// The links place it in the beta memory of the node that made it.
/// </summary>
internal sealed class Tuple
{
    public static readonly Tuple Root = new();

    public readonly Fact[] Facts;

    public Tuple? PreviousInMemory;

    public Tuple? NextInMemory;

    private readonly int _id;

    private Tuple() => Facts = [];

    /// <summary>A child that binds one more fact at the next position.</summary>
    public Tuple(Tuple parent, Fact fact, int id)
    {
        var parentFacts = parent.Facts;
        var facts = new Fact[parentFacts.Length + 1];
        for (var i = 0; i < parentFacts.Length; i++)
        {
            facts[i] = parentFacts[i];
        }

        facts[^1] = fact;
        Facts = facts;
        _id = id;
    }

    /// <summary>A child that binds nothing new (behind a not or exists node).</summary>
    public Tuple(Tuple parent, int id)
    {
        Facts = parent.Facts;
        _id = id;
    }

    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    public override int GetHashCode() => _id;

    public object?[] Objects(Fact? right = null)
    {
        var objects = new object?[Facts.Length + (right is null ? 0 : 1)];
        for (var i = 0; i < Facts.Length; i++)
        {
            objects[i] = Facts[i].Object;
        }

        if (right is not null)
        {
            objects[^1] = right.Object;
        }

        return objects;
    }
}
