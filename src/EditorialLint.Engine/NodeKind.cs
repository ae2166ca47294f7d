namespace EditorialLint.Engine;

/// <summary>The kinds of node in the compiled Rete network.</summary>
public enum NodeKind
{
    /// <summary>The entry point for facts.</summary>
    Root,

    /// <summary>Routes facts by type; one per fact type.</summary>
    Type,

    /// <summary>Tests a single-fact condition (an alpha node).</summary>
    Selection,

    /// <summary>Holds the facts that passed a chain of selection nodes.</summary>
    AlphaMemory,

    /// <summary>The start of the beta network: one empty match per session.</summary>
    Dummy,

    /// <summary>Joins partial matches with facts.</summary>
    Join,

    /// <summary>Passes partial matches for which no fact matches.</summary>
    Not,

    /// <summary>Passes partial matches for which some fact matches.</summary>
    Exists,

    /// <summary>Folds matching facts into one value per partial match.</summary>
    Aggregate,

    /// <summary>Holds partial matches.</summary>
    BetaMemory,

    /// <summary>Turns complete matches into activations of one rule.</summary>
    Rule,
}
