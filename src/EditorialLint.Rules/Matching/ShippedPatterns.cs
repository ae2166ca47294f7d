using System.Reflection;
using System.Text.RegularExpressions;

namespace EditorialLint.Rules.Matching;

/// <summary>
/// The shipped rules' patterns, compiled when the tool is built by .NET's regex source generator
/// (<c>ShippedPatterns.g.cs</c>, written from <c>rules/</c>; see <c>ShippedPatternsSourceTests</c>).
/// A shipped pattern runs on that code from the first article: no interpreter first, and no IL
/// compiled while the run goes on, so a short run does not pay to warm its patterns up. It is the
/// same backtracking engine, so the matches are the same. Any other pattern (a newsroom's own, or a
/// shipped one edited since the file was written) runs as before.
/// </summary>
internal static partial class ShippedPatterns
{
    // Regex keeps its runner factory in a protected field: generated code sets it there, and
    // PatternSearch's instances take it over, each with its own time limit.
    private static readonly FieldInfo? FactoryField = typeof(Regex).GetField("factory", BindingFlags.Instance | BindingFlags.NonPublic);

    private static readonly Lazy<Dictionary<(string Pattern, RegexOptions Options), Func<Regex>>> ByPattern =
        new(() => Table.ToDictionary(e => (e.Pattern, e.Options), e => e.Code));

    /// <summary>
    /// The generated regex for <paramref name="pattern"/> with <paramref name="options"/>, not yet
    /// made (each is a class of its own to load, so only the patterns that run are made), or null
    /// when there is none.
    /// </summary>
    public static Func<Regex>? For(string pattern, RegexOptions options) =>
        ByPattern.Value.TryGetValue((pattern, options), out var generated) ? generated : null;

    /// <summary>
    /// Whether code was generated for <paramref name="pattern"/> with <paramref name="options"/> and a
    /// time limit of <paramref name="timeout"/> (every generated pattern has <see cref="PatternSearch.Budget"/>).
    /// Such a pattern is valid: the build compiled it.
    /// </summary>
    public static bool Has(string pattern, RegexOptions options, TimeSpan timeout) =>
        timeout == PatternSearch.Budget && For(pattern, options) is not null;

    /// <summary>The code generated for <paramref name="pattern"/> with <paramref name="options"/>, or null when there is none.</summary>
    public static RegexRunnerFactory? CodeFor(string pattern, RegexOptions options) =>
        For(pattern, options) is { } generated ? CodeOf(generated()) : null;

    /// <summary>
    /// The runner factory of a source-generated <paramref name="generated"/>, or null when the
    /// generator left the pattern to the interpreter (its factory is then not the generated one).
    /// </summary>
    internal static RegexRunnerFactory? CodeOf(Regex generated) =>
        FactoryField?.GetValue(generated) is RegexRunnerFactory factory && factory.GetType().Assembly == generated.GetType().Assembly
            ? factory
            : null;
}
