namespace EditorialLint.Rules.Matching;

/// <summary>One pass over an article that turns text into facts (matches, mentions, cues).</summary>
public interface IScanner
{
    /// <summary>Scans the article in <paramref name="context"/> and adds the facts found.</summary>
    void Scan(ScanContext context);
}
