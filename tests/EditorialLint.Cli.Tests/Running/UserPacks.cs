namespace EditorialLint.Cli.Tests.Running;

/// <summary>Small rule packs a newsroom might write, kept here so tests can name their lines.</summary>
internal static class UserPacks
{
    /// <summary>One working rule: the buzzword "synergy" is an error.</summary>
    public const string Buzzword = """
        pack: house
        rules:
          - id: HSE0001
            title: Buzzword in news copy
            category: style
            severity: error
            kind: existence
            message: "'{match}' is a buzzword; say what happened"
            terms:
              - synergy
            examples:
              - bad: "The merger brings synergy to both firms."
                expect: ["synergy"]
              - good: "The merger brings savings to both firms."
        """;

    /// <summary>A rule whose bad example (line 11) expects a word the rule does not report.</summary>
    public const string FailingExample = """
        pack: house
        rules:
          - id: HSE0002
            title: Buzzword in news copy
            category: style
            severity: warning
            kind: existence
            message: "'{match}' is a buzzword"
            terms: [synergy]
            examples:
              - bad: "The merger brings synergy to both firms."
                expect: ["merger"]
        """;

    /// <summary>The line of the failing example in <see cref="FailingExample"/>.</summary>
    public const int FailingExampleLine = 11;

    /// <summary>A rule with a misspelled key, <c>mesage</c>, on line 8, column 5.</summary>
    public const string MisspelledKey = """
        pack: house
        rules:
          - id: HSE0003
            title: Buzzword in news copy
            category: style
            severity: warning
            kind: existence
            mesage: "'{match}' is a buzzword"
            terms: [synergy]
            examples:
              - bad: "The merger brings synergy to both firms."
                expect: ["synergy"]
        """;
}
