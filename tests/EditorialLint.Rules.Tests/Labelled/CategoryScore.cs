namespace EditorialLint.Rules.Tests.Labelled;

/// <summary>Recall and precision of one category over a labelled set, with what went wrong.</summary>
internal sealed class CategoryScore(string category)
{
    public string Category { get; } = category;

    public int Expected { get; set; }

    public int Covered { get; set; }

    public int Reported { get; set; }

    public int Correct { get; set; }

    public int CleanItems { get; set; }

    public int CleanItemsFlagged { get; set; }

    public List<string> Misses { get; } = [];

    public List<string> FalsePositives { get; } = [];

    public double Recall => Expected == 0 ? 1 : (double)Covered / Expected;

    public double Precision => Reported == 0 ? 1 : (double)Correct / Reported;

    public override string ToString() =>
        $"{Category,-20} recall {Covered}/{Expected} = {Recall:P0}, precision {Correct}/{Reported} = {Precision:P0}, clean items flagged {CleanItemsFlagged}/{CleanItems}";
}
