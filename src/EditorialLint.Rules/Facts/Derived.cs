namespace EditorialLint.Rules.Facts;

/// <summary>A fact a general rule asserts for other rules to match (forward chaining).</summary>
public sealed class Derived
{
    /// <summary>Creates a derived fact.</summary>
    public Derived(string name, int start, int length, string key)
    {
        Name = name;
        Start = start;
        Length = length;
        Key = key;
    }

    /// <summary>What it says (the name given in <c>then: assert:</c>).</summary>
    public string Name { get; }

    /// <summary>Start offset of the span it is about.</summary>
    public int Start { get; }

    /// <summary>Length of that span.</summary>
    public int Length { get; }

    /// <summary>Exclusive end offset.</summary>
    public int End => Start + Length;

    /// <summary>A key other rules can join on.</summary>
    public string Key { get; }
}
