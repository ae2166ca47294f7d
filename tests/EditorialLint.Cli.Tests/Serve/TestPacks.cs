namespace EditorialLint.Cli.Tests.Serve;

/// <summary>Small rule packs written by the tests, so they compile fast and say exactly what they report.</summary>
internal static class TestPacks
{
    /// <summary>One existence rule reporting <paramref name="term"/> at error severity.</summary>
    public static string Term(string id, string term) => $$"""
        pack: house
        rules:
          - id: {{id}}
            title: House ban on {{term}}
            category: style
            severity: error
            kind: existence
            message: "'{match}' is banned by the house style"
            terms: ["{{term}}"]
            examples:
              - bad: "The {{term}} is here."
                expect: ["{{term}}"]
              - good: "Nothing to see."
        """;

    /// <summary>A pack whose first rule has an unknown key on line 8, column 5.</summary>
    public const string Broken = """
        pack: house
        rules:
          - id: HOUSE002
            title: House ban
            category: style
            severity: error
            kind: existence
            colour: red
            terms: ["quux"]
            message: "'{match}' is banned"
            examples:
              - good: "Nothing to see."
        """;

    /// <summary>
    /// Rules whose patterns (a lookahead keeps them on the backtracking engine) backtrack without end
    /// on a long run of 'a' not followed by 'bz': the article holds 'bz' elsewhere, so the literal
    /// prefilter lets them run, and each runs to the pattern time limit, so checking takes seconds.
    /// </summary>
    public static string Slow(int count)
    {
        var rules = Enumerable.Range(0, count).Select(i => $$"""
              - id: SLOW{{i:000}}
                title: A pattern that backtracks
                category: style
                severity: warning
                kind: existence
                message: "'{match}' matched"
                ignore-case: false
                patterns: ['(a|aa)+bz(?!{{i}})']
                examples:
                  - good: "Nothing here."
            """);
        return "pack: slow\nrules:\n" + string.Join("\n", rules) + "\n";
    }

    /// <summary>
    /// The article the slow rules stall on: a run of 'a' they backtrack over, and the "abz" every
    /// match must contain (without it the rules are not run on the article at all).
    /// </summary>
    public static string SlowArticle { get; } = new string('a', 40) + "c abz";
}
