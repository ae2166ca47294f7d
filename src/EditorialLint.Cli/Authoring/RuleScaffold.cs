using EditorialLint.Core.Diagnostics;

namespace EditorialLint.Cli.Authoring;

/// <summary>
/// The YAML of a new rule for <c>rules new</c>: every key the loader requires, the kind's own
/// keys, and a bad and a good example. The placeholders are marked TODO. Existence and
/// substitution scaffolds pass their own examples as written; the others start from a
/// working example of their kind that the author then makes their own.
/// </summary>
public static class RuleScaffold
{
    /// <summary>Where the rule pack schema is found from the repository's root.</summary>
    public const string SchemaPath = "schema/editorial-lint-rules.schema.json";

    /// <summary>The schema's public address, for packs that live outside the repository.</summary>
    public const string SchemaUri = "https://raw.githubusercontent.com/editorial-lint/editorial-lint/main/" + SchemaPath;

    /// <summary>
    /// The rule as an item of a pack's <c>rules:</c> list (two-space indent, as the shipped packs),
    /// or null when there is no scaffold for <paramref name="kind"/>.
    /// </summary>
    public static string? Rule(string id, string kind, string category, Severity severity)
    {
        var body = Body(kind);
        if (body is null) return null;
        var head = $"""
              - id: {id}
                title: "TODO: what {id} finds, in a few words"
                category: {category}
                severity: {severity.ToName()}
                kind: {kind}

            """;
        return head + body;
    }

    /// <summary>A whole pack holding <paramref name="rule"/>, pointing editors at the schema.</summary>
    public static string Pack(string packName, string rule, string schemaReference) => $"""
        # yaml-language-server: $schema={schemaReference}
        # TODO: what the rules of this pack are about.
        pack: {packName}
        rules:
        {rule}
        """;

    /// <summary>
    /// How a pack at <paramref name="packFile"/> refers to the schema: a relative path when the
    /// schema is found in a folder above it, the public address otherwise.
    /// </summary>
    public static string SchemaReference(string packFile)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(packFile));
        for (var dir = folder; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            var schema = Path.Combine(dir, SchemaPath);
            if (File.Exists(schema)) return Path.GetRelativePath(folder!, schema).Replace('\\', '/');
        }

        return SchemaUri;
    }

    /// <summary>The name a pack file gives its pack: the file name without <c>.rules.yaml</c>.</summary>
    public static string PackName(string packFile)
    {
        var name = Path.GetFileName(packFile);
        foreach (var suffix in new[] { ".rules.yaml", ".yaml", ".yml" })
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) return name[..^suffix.Length];
        }

        return name;
    }

    private static string? Body(string kind)
    {
        const string message = "    message: \"'{match}' TODO: say what is wrong and what the editor should do\"\n";
        const string description = """
                description: >
                  TODO: why this is wrong in news copy, and what to write instead.

            """;
        var keys = kind switch
        {
            "existence" => """
                    # Literal terms (matched at word boundaries) and/or .NET regular expressions.
                    ignore-case: false
                    terms:
                      - TODO-term
                    # patterns:
                    #   - '\bTODO\b'
                    # anchor: none        # none, line, line-start, article-start, article-end
                    # scope: all          # all, body, headline
                    examples:
                      - bad: "The draft still says TODO-term in its second sentence."
                        expect: ["TODO-term"]
                      - good: "The draft says what it means in every sentence."

                """,
            "substitution" => """
                    # Wrong form: right form; the right form is offered as the fix.
                    swap:
                      TODO-wrong: TODO-right
                    examples:
                      - bad: "The draft still says TODO-wrong in its second sentence."
                        expect: ["TODO-wrong"]
                        fixed: "The draft still says TODO-right in its second sentence."
                      - good: "The draft says TODO-right in its second sentence."

                """,
            "consistency" => """
                    # Groups of variants of which one article uses one; 'prefer' names the house spelling.
                    variants:
                      - [TODO-variant, TODO-other-variant]
                    prefer: [TODO-variant]
                    examples:
                      - bad: "The draft says TODO-variant here and TODO-other-variant there."
                        expect: ["TODO-other-variant"]
                        fixed: "The draft says TODO-variant here and TODO-variant there."
                      - good: "The draft says TODO-variant here and TODO-variant there."

                """,
            "sentence" => """
                    # Tests on a sentence, all of which must hold: starts-lowercase, min-words, max-words,
                    # no-verb, starts-with, ends-with, ends-without-terminal, glued-final-clause,
                    # first-in-paragraph, last-in-paragraph, last-in-article, headline.
                    when:
                      starts-lowercase: true
                      first-in-paragraph: false
                    report: sentence      # sentence, first-word or clause
                    examples:
                      - bad: "The talks ended on Friday. then both delegations left Geneva."
                        expect: ["then both delegations left Geneva."]
                      - good: "The talks ended on Friday. Then both delegations left Geneva."

                """,
            "capitalization" => """
                    # Uses the shipped English lexicon and name parts unless 'lexicon' or 'name-parts' name others.
                    examples:
                      - bad: "Russia has assembled about 100,000 troops Along the border with Ukraine."
                        expect: ["Along"]
                      - good: "Russia has assembled about 100,000 troops along the border with Ukraine."

                """,
            "glued-words" => """
                    # Short words that get glued to the next word ('first-words') or to the previous one ('last-words').
                    first-words: [the, a, an, on, in, of, to, for, at, by, from, with, and, or]
                    last-words: [the, of, and, to, in, on]
                    examples:
                      - bad: "Peskov made the remarks in a statement posted onthe Kremlin website."
                        expect: ["onthe"]
                      - good: "Peskov made the remarks in a statement posted on the Kremlin website."

                """,
            "official-name" => """
                    # check: misspelling, context, near-miss, title or consistency; the registry is rules/officials.yaml.
                    check: misspelling
                    examples:
                      - bad: "White House Press Secretary Jane Psaki said in a statement."
                        expect: ["Jane Psaki"]
                      - good: "White House Press Secretary Jen Psaki said in a statement."

                """,
            "rule" => """
                    # Patterns over facts (Article, Paragraph, Sentence, Quotation, Match, Mention, TitleCue,
                    # Official, Derived), with conditions; 'then' reports a declared fact's span.
                    when:
                      - fact: Sentence
                        as: s
                        where: "s.Text.startsWith('TODO')"
                    then:
                      report: s
                    examples:
                      - bad: "The talks ended on Friday. TODO check the date."
                        expect: ["TODO check the date."]
                      - good: "The talks ended on Friday."

                """,
            _ => null,
        };
        return keys is null ? null : message + description + keys;
    }
}
