namespace EditorialLint.Engine;

/// <summary>Data of a working-memory event.</summary>
public sealed class FactEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="fact">The fact.</param>
    public FactEventArgs(object fact) => Fact = fact;

    /// <summary>The fact inserted, updated or retracted.</summary>
    public object Fact { get; }
}
