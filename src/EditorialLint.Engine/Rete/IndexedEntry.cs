namespace EditorialLint.Engine.Rete;

/// <summary>An entry of a beta node's hash index, linked into its key's bucket in arrival order.</summary>
internal abstract class IndexedEntry(object key)
{
    public object Key { get; set; } = key;

    public IndexedEntry? PreviousInBucket { get; set; }

    public IndexedEntry? NextInBucket { get; set; }

    /// <summary>The first match, in the order matches were made; linked through the match.</summary>
    public Match? FirstMatch { get; set; }

    public Match? LastMatch { get; set; }

    public int MatchCount { get; set; }

    /// <summary>While an update is reconciled: the existing match with the entry being updated.</summary>
    public Match? Probe { get; set; }

    public int ProbeStamp { get; set; }
}
