namespace EditorialLint.Core.Diagnostics;

/// <summary>The closed list of diagnostic categories; rule packs may not invent others.</summary>
public static class Categories
{
    /// <summary>Residue of scrapers, feeds and CMS templates.</summary>
    public const string ScraperArtifact = "scraper-artifact";

    /// <summary>Misspelled or mistitled names of public officials.</summary>
    public const string OfficialName = "official-name";

    /// <summary>Artifacts of machine translation and spun text.</summary>
    public const string MachineTranslation = "machine-translation";

    /// <summary>Sentences, paragraphs or articles cut off or glued together.</summary>
    public const string Truncation = "truncation";

    /// <summary>Punctuation damage.</summary>
    public const string Punctuation = "punctuation";

    /// <summary>One article spelling the same thing several ways.</summary>
    public const string Consistency = "consistency";

    /// <summary>House style.</summary>
    public const string Style = "style";

    /// <summary>Every category, in the contract's order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [ScraperArtifact, OfficialName, MachineTranslation, Truncation, Punctuation, Consistency, Style];

    /// <summary>Whether <paramref name="name"/> is one of the categories.</summary>
    public static bool IsKnown(string? name) => name is not null && All.Contains(name);
}
