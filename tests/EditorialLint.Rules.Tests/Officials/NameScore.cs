namespace EditorialLint.Rules.Tests.Officials;

/// <summary>Recall and precision of the name rules on one group of labelled items.</summary>
internal sealed class NameScore(string group)
{
    /// <summary>The group scored.</summary>
    public string Group { get; } = group;

    /// <summary>Misspelled mentions labelled.</summary>
    public int Expected { get; set; }

    /// <summary>Misspelled mentions a diagnostic overlapped.</summary>
    public int Found { get; set; }

    /// <summary>Correct mentions labelled (correct and look-alike items).</summary>
    public int CorrectMentions { get; set; }

    /// <summary>Diagnostics that overlapped a labelled misspelling.</summary>
    public int TruePositives { get; set; }

    /// <summary>Diagnostics anywhere else.</summary>
    public List<string> FalsePositives { get; } = [];

    /// <summary>Labelled misspellings nobody reported.</summary>
    public List<string> Misses { get; } = [];

    /// <summary>Found and expected per slip kind.</summary>
    public SortedDictionary<string, (int Found, int Expected)> BySlip { get; } = new(StringComparer.Ordinal);

    /// <summary>Share of labelled misspellings found.</summary>
    public double Recall => Expected == 0 ? 1 : (double)Found / Expected;

    /// <summary>Share of diagnostics that hit a labelled misspelling.</summary>
    public double Precision => TruePositives + FalsePositives.Count == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives.Count);

    /// <inheritdoc />
    public override string ToString() => Expected > 0
        ? $"{Group}: recall {Recall:P1} ({Found}/{Expected}), precision {Precision:P1} ({TruePositives}/{TruePositives + FalsePositives.Count})"
        : $"{Group}: {CorrectMentions} correct mentions, {FalsePositives.Count} flagged";
}
