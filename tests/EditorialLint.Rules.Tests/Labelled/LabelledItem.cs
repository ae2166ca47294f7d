namespace EditorialLint.Rules.Tests.Labelled;

/// <summary>One labelled snippet: its text and the substrings a diagnostic of the category must cover.</summary>
internal sealed record LabelledItem(string Category, int Index, string Text, IReadOnlyList<string> Expect, string Note)
{
    public bool IsClean => Expect.Count == 0;
}
