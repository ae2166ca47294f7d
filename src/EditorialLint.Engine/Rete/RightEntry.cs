namespace EditorialLint.Engine.Rete;

/// <summary>A fact held on the right input of a beta node.</summary>
internal sealed class RightEntry(Fact fact, object key) : IndexedEntry(key)
{
    public Fact Fact { get; } = fact;
}
