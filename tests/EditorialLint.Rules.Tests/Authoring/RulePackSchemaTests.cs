using System.Text.Json.Nodes;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Rules.Compilation;
using EditorialLint.Rules.Kinds;
using EditorialLint.Rules.Packs;

namespace EditorialLint.Rules.Tests.Authoring;

/// <summary>
/// Keeps schema/editorial-lint-rules.schema.json in step with the loader: the keys each kind allows,
/// the closed lists of values, and every shipped pack. When one of these fails after a change to a
/// kind or to the loader, change the schema to match.
/// </summary>
public class RulePackSchemaTests
{
    private const string SchemaFile = "schema/editorial-lint-rules.schema.json";

    private static readonly JsonObject Schema = JsonNode.Parse(File.ReadAllText(RepositoryRoot.File(SchemaFile)))!.AsObject();

    private static readonly SchemaValidator Validator = new(Schema);

    public static TheoryData<string> KindNames => [.. RuleKinds.Names];

    public static TheoryData<string> ShippedPacks => [.. RuleSource.Shipped.PackFiles()];

    [Fact]
    public void Schema_DeclaresDraft202012_AndTellsEditorsHowToUseIt()
    {
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", Schema["$schema"]!.GetValue<string>());
        var comment = Schema["$comment"]!.GetValue<string>();
        Assert.Contains("# yaml-language-server: $schema=", comment, StringComparison.Ordinal);
        Assert.Contains("\"yaml.schemas\"", comment, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(KindNames))]
    public void Schema_KeysOfKind_AreTheCommonKeysPlusTheKindsOwn(string kindName)
    {
        RuleKinds.TryGet(kindName, out var kind);
        var expected = RulePackReader.CommonKeys.Concat(kind!.Keys).Order(StringComparer.Ordinal).ToList();

        var branch = KindBranch(kindName);
        var allowed = Strings(branch["propertyNames"]!["enum"]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, allowed);

        // Every allowed key is described, so editors complete it with its documentation.
        var described = Keys(Resolve(Schema["$defs"]!["rule"]!)["properties"]).Concat(Keys(branch["properties"]))
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, described);
    }

    [Fact]
    public void Schema_HasOneConditionalPerKind()
    {
        var conditions = Schema["$defs"]!["rule"]!["allOf"]!.AsArray()
            .Select(c => c!["if"]!["properties"]!["kind"]!["const"]!.GetValue<string>()).ToList();
        Assert.Equal(RuleKinds.Names.ToList(), conditions);
    }

    [Fact]
    public void Schema_Enums_AreTheLoadersClosedLists()
    {
        var rule = Schema["$defs"]!["rule"]!["properties"]!;
        Assert.Equal(Categories.All, Strings(rule["category"]!["enum"]));
        Assert.Equal(SeverityNames.All, Strings(rule["severity"]!["enum"]));
        Assert.Equal(RuleKinds.Names.ToList(), Strings(rule["kind"]!["enum"]));
        Assert.Equal(GeneralRuleKind.FactTypes.Keys.ToList(), Strings(Schema["$defs"]!["pattern"]!["properties"]!["fact"]!["enum"]));
    }

    /// <summary>Closed lists that live inside the kinds: learnt from the loader's own refusal of a wrong value.</summary>
    [Theory]
    [InlineData("#/$defs/anchor/enum", "existence", "terms: [x]\n    anchor: zzz")]
    [InlineData("#/$defs/scope/enum", "existence", "terms: [x]\n    scope: zzz")]
    [InlineData("#/$defs/official-name/properties/check/enum", "official-name", "check: zzz")]
    [InlineData("#/$defs/sentence/properties/report/enum", "sentence", "when: {max-words: 3}\n    report: zzz")]
    [InlineData("#/$defs/sentence/properties/when/propertyNames/enum", "sentence", "when: {zzz: 3}")]
    [InlineData("#/$defs/rule-kind/properties/then/propertyNames/enum", "rule", "when: [{fact: Sentence, as: s}]\n    then: {zzz: s}")]
    [InlineData("#/$defs/rule-kind/properties/then/properties/assert/propertyNames/enum", "rule", "when: [{fact: Sentence, as: s}]\n    then: {assert: {name: n, at: s, zzz: 1}}")]
    [InlineData("#/$defs/pattern/propertyNames/enum", "rule", "when: [{fact: Sentence, as: s, zzz: 1}]\n    then: {report: s}")]
    public void Schema_NestedClosedList_IsWhatTheLoaderAllows(string pointer, string kind, string keys)
    {
        var yaml = $"""
            rules:
              - id: TST001
                title: t
                category: style
                kind: {kind}
                message: m
                {keys}
                examples:
                  - good: "a b"
            """;
        var e = Assert.Throws<RuleLoadException>(() => Load(yaml));
        Assert.Equal(Allowed(e.Problem), Strings(Validator.Resolve(pointer)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Schema_ExampleKeys_AreWhatTheLoaderAllows()
    {
        var e = Assert.Throws<RuleLoadException>(() => Load("""
            rules:
              - id: TST001
                title: t
                category: style
                kind: existence
                message: m
                terms: [x]
                examples:
                  - good: "a b"
                    zzz: 1
            """));
        var schemaKeys = Keys(Schema["$defs"]!["example"]!["properties"]).Order(StringComparer.Ordinal);
        Assert.Equal(Allowed(e.Problem), schemaKeys);
    }

    [Fact]
    public void Schema_PackKeys_AreWhatTheLoaderAllows()
    {
        var e = Assert.Throws<RuleLoadException>(() => Load("zzz: 1\nrules: []\n"));
        Assert.Equal(Allowed(e.Problem), Strings(Schema["propertyNames"]!["enum"]).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ShippedPacks))]
    public void ShippedPack_ValidatesAgainstTheSchema(string pack)
    {
        var json = YamlJson.Parse(RuleSource.Shipped.ReadText(pack)!);
        var errors = Validator.Validate(json);
        Assert.True(errors.Count == 0, $"rules/{pack} does not validate against {SchemaFile}:\n  " + string.Join("\n  ", errors));
    }

    /// <summary>Small packs on which the schema and the loader must give the same verdict.</summary>
    [Theory]
    [InlineData(true, "kind: existence\n    terms: [x]")]
    [InlineData(true, "kind: existence\n    patterns: '\\bx\\b'\n    replace: y\n    anchor: line\n    scope: body\n    ignore-case: yes")]
    [InlineData(false, "kind: existence")]
    [InlineData(false, "kind: existence\n    terms: [x]\n    swap: {x: y}")]
    [InlineData(false, "kind: existence\n    terms: [x]\n    replace: y")]
    [InlineData(false, "kind: existence\n    terms: [x]\n    anchor: paragraph")]
    [InlineData(true, "kind: substitution\n    swap: {x: y}\n    ignore-case: true")]
    [InlineData(false, "kind: substitution\n    terms: [x]")]
    [InlineData(true, "kind: consistency\n    variants: [[a, b]]\n    prefer: a")]
    [InlineData(false, "kind: consistency\n    variants: [[a]]")]
    [InlineData(true, "kind: sentence\n    when: {min-words: 3, headline: true}")]
    [InlineData(false, "kind: sentence\n    when: {headline: true}")]
    [InlineData(false, "kind: sentence\n    when: {min-words: 3}\n    report: word")]
    [InlineData(true, "kind: capitalization\n    abstract-suffixes: [tion]")]
    [InlineData(false, "kind: capitalization\n    check: title")]
    [InlineData(true, "kind: official-name\n    check: title\n    generic-titles: [leader]")]
    [InlineData(false, "kind: official-name")]
    [InlineData(true, "kind: rule\n    when: [{fact: Sentence, as: s, where: 's.Length > 3'}, {not: {fact: Match, as: m}}]\n    then: {report: s}")]
    [InlineData(true, "kind: rule\n    when: [{fact: Sentence, as: s}]\n    then: {assert: {name: long, at: s}}")]
    [InlineData(false, "kind: rule\n    when: [{fact: Sentence, as: s}]")]
    [InlineData(false, "kind: rule\n    when: [{fact: Word, as: w}]\n    then: {report: w}")]
    [InlineData(false, "kind: grammar\n    terms: [x]")]
    [InlineData(false, "kind: existence\n    terms: [x]\n    severity: fatal")]
    [InlineData(false, "kind: existence\n    terms: [x]\n    priority: high")]
    public void SchemaAndLoader_AgreeOnRuleKeys(bool valid, string keys) => AssertAgree(valid, $"""
        rules:
          - id: TST001
            title: t
            category: style
            message: m
            {keys}
            examples:
              - good: "a b"
        """);

    [Theory]
    [InlineData(true, "style", "m")]
    [InlineData(false, "grammar", "m")]
    [InlineData(false, "style", "''")]
    public void SchemaAndLoader_AgreeOnCategoryAndMessage(bool valid, string category, string message) => AssertAgree(valid, $"""
        rules:
          - id: TST001
            title: t
            category: {category}
            kind: existence
            message: {message}
            terms: [x]
            examples:
              - good: "a b"
        """);

    [Theory]
    [InlineData(true, "TST001")]
    [InlineData(true, "AB123")]
    [InlineData(true, "ABCDEFGH12345")]
    [InlineData(false, "tst001")]
    [InlineData(false, "T001")]
    [InlineData(false, "TST01")]
    [InlineData(false, "ABCDEFGHI001")]
    [InlineData(false, "TST123456")]
    public void SchemaAndLoader_AgreeOnIds(bool valid, string id) => AssertAgree(valid, $"""
        rules:
          - id: {id}
            title: t
            category: style
            kind: existence
            message: m
            terms: [x]
            examples:
              - good: "a b"
        """);

    [Theory]
    [InlineData(true, "- bad: 'a x b'\n        expect: [x]\n        fixed: 'a y b'\n        note: why")]
    [InlineData(true, "- good: 'a b'\n        note: why")]
    [InlineData(false, "- bad: 'a x b'")]
    [InlineData(false, "- bad: 'a x b'\n        good: 'a b'\n        expect: [x]")]
    [InlineData(false, "- good: 'a b'\n        fixed: 'a b'")]
    [InlineData(false, "[]")]
    public void SchemaAndLoader_AgreeOnExamples(bool valid, string examples) => AssertAgree(valid, $"""
        rules:
          - id: TST001
            title: t
            category: style
            kind: existence
            message: m
            terms: [x]
            examples:
              {examples}
        """);

    private static void AssertAgree(bool valid, string yaml)
    {
        var loaderError = Record.Exception(() => Load(yaml));
        Assert.True(loaderError is null or RuleLoadException, loaderError?.ToString());
        var schemaErrors = Validator.Validate(YamlJson.Parse(yaml));
        Assert.True(valid == (loaderError is null), $"the loader {(loaderError is null ? "accepts" : "refuses: " + loaderError.Message)}\n{yaml}");
        Assert.True(valid == (schemaErrors.Count == 0),
            $"the schema {(schemaErrors.Count == 0 ? "accepts" : "refuses: " + string.Join("; ", schemaErrors))}\n{yaml}");
    }

    private static void Load(string yaml)
    {
        // A folder with no files: data files fall back to the shipped ones.
        var source = RuleSource.FromPath(Path.Combine(Path.GetTempPath(), "editorial-lint-schema-" + Guid.NewGuid().ToString("N")));
        RuleSetCompiler.Compile([RulePackReader.Parse(source, "x.rules.yaml", yaml)]);
    }

    private static JsonObject KindBranch(string kind)
    {
        var condition = Schema["$defs"]!["rule"]!["allOf"]!.AsArray()
            .Single(c => c!["if"]!["properties"]!["kind"]!["const"]!.GetValue<string>() == kind)!;
        return Resolve(condition["then"]!);
    }

    private static JsonObject Resolve(JsonNode schema) =>
        (schema["$ref"] is { } reference ? Validator.Resolve(reference.GetValue<string>()) : schema).AsObject();

    private static IEnumerable<string> Keys(JsonNode? properties) => properties?.AsObject().Select(p => p.Key) ?? [];

    private static List<string> Strings(JsonNode? array) => array!.AsArray().Select(n => n!.GetValue<string>()).ToList();

    /// <summary>The list a loader message ends with: "allowed: a, b, c", "use a, b or c", "must be a, b or c".</summary>
    private static IEnumerable<string> Allowed(string problem)
    {
        var at = new[] { "allowed: ", "; use ", "must be " }
            .Select(m => (Marker: m, Index: problem.LastIndexOf(m, StringComparison.Ordinal)))
            .Where(m => m.Index >= 0)
            .MaxBy(m => m.Index);
        Assert.True(at.Marker is not null, $"no list of allowed values in: {problem}");
        return problem[(at.Index + at.Marker.Length)..].TrimEnd('.')
            .Replace(" or ", ", ", StringComparison.Ordinal)
            .Split(", ", StringSplitOptions.RemoveEmptyEntries)
            .Order(StringComparer.Ordinal);
    }
}
