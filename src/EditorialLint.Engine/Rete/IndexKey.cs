namespace EditorialLint.Engine.Rete;

/// <summary>Keys of the hash indexes in beta nodes.</summary>
internal static class IndexKey
{
    /// <summary>The one key of a node without equality conditions: every entry shares one bucket.</summary>
    public static readonly object None = new Sentinel("none");

    /// <summary>The key of an entry whose key could not be computed: it matches nothing.</summary>
    public static readonly object Unmatchable = new Sentinel("unmatchable");

    private static readonly object Null = new Sentinel("null");

    public static object Normalize(object? value) => value ?? Null;

    private sealed class Sentinel(string name)
    {
        public override string ToString() => name;
    }
}
