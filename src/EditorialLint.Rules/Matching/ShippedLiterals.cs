namespace EditorialLint.Rules.Matching;

/// <summary>
/// What <see cref="RequiredLiterals"/> reads in each shipped pattern (the literals every match
/// holds, and the window of strings near a match's start), read when the tool is built
/// (<c>ShippedLiterals.g.cs</c>, written from <c>rules/</c> with <c>ShippedPatterns.g.cs</c>; see
/// <c>ShippedPatternsSourceTests</c>). Reading a pattern builds sets of strings for every piece of
/// it; for the shipped patterns that was 2.6% of the CPU of a 1,000-article native run, on the
/// thread the rules load on. Any other pattern (a newsroom's own, or a shipped one edited since) is read as before.
/// </summary>
internal static partial class ShippedLiterals
{
    private static readonly Lazy<Dictionary<(string Pattern, bool IgnoreCase), (string[]? Required, LiteralWindow? Window)>> ByPattern = new(Index);

    /// <summary>What was read in <paramref name="pattern"/> when the tool was built, if it is a shipped one.</summary>
    public static bool TryGet(string pattern, bool ignoreCase, out (string[]? Required, LiteralWindow? Window) read) =>
        ByPattern.Value.TryGetValue((pattern, ignoreCase), out read);

    private static Dictionary<(string Pattern, bool IgnoreCase), (string[]? Required, LiteralWindow? Window)> Index()
    {
        var byPattern = new Dictionary<(string, bool), (string[]?, LiteralWindow?)>(Table.Length);
        foreach (var (pattern, ignoreCase, required, window, before) in Table)
            byPattern[(pattern, ignoreCase)] = (required, window is null ? null : new LiteralWindow(window, before));
        return byPattern;
    }
}
