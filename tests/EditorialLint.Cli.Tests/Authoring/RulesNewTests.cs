using System.Text.RegularExpressions;
using EditorialLint.Cli.Authoring;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Rules.Kinds;
using EditorialLint.Rules.Packs;

namespace EditorialLint.Cli.Tests.Authoring;

/// <summary><c>rules new ID --kind KIND --category CAT [--out FILE]</c>: a scaffold that loads and runs.</summary>
public class RulesNewTests
{
    public static TheoryData<string> KindNames => [.. RuleKinds.Names];

    [Theory]
    [MemberData(nameof(KindNames))]
    public void New_EachKind_WritesARuleThatLoadsAndWhoseExamplesRun(string kind)
    {
        using var folder = new ScratchFolder();
        var file = folder.File("house.rules.yaml");

        var created = CommandLine.Run("rules", "new", "HSE0901", "--kind", kind, "--category", "style", "--out", file);

        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.Contains($"HSE0901 ({kind}, style)", created.Stdout, StringComparison.Ordinal);
        var rule = Assert.Single(RulePackReader.Read(RuleSource.FromPath(folder.Path), "house.rules.yaml").Rules);
        Assert.Equal(("HSE0901", kind, "style", Severity.Warning), (rule.Id, rule.Kind, rule.Category, rule.Severity));
        Assert.NotEmpty(rule.Title);
        Assert.NotEmpty(rule.Message);
        Assert.Single(rule.Examples, e => e.IsBad);
        Assert.Single(rule.Examples, e => !e.IsBad);

        var tested = CommandLine.Run("rules", "test", file);

        // Examples of kinds other than existence and substitution may fail until the author fills them in;
        // each failure must then be a file:line: ID: line.
        var summary = tested.StdoutLines[^1];
        var counts = Regex.Match(summary, "^1 rules, 2 examples: ([0-9]) failed$");
        Assert.True(counts.Success, tested.ToString());
        Assert.All(tested.StdoutLines.SkipLast(1), l => Assert.Matches(@"house\.rules\.yaml:[0-9]+: HSE0901: expected ", l));
        Assert.Equal(int.Parse(counts.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), tested.StdoutLines.Count - 1);
    }

    [Theory]
    [InlineData("existence")]
    [InlineData("substitution")]
    public void New_ExistenceAndSubstitution_PassTheirOwnExamplesAsWritten(string kind)
    {
        using var folder = new ScratchFolder();
        var file = folder.File("house.rules.yaml");
        Assert.Equal(0, CommandLine.Run("rules", "new", "HSE0901", "--kind", kind, "--category", "style", "--out", file).ExitCode);

        var tested = CommandLine.Run("rules", "test", file);

        Assert.True(tested.ExitCode == 0, tested.ToString());
        Assert.Equal(["1 rules, 2 examples: 0 failed"], tested.StdoutLines);
    }

    [Fact]
    public void New_IntoAnExistingPack_AddsTheRuleAtTheEnd()
    {
        using var folder = new ScratchFolder();
        var file = folder.File("house.rules.yaml");
        Assert.Equal(0, CommandLine.Run("rules", "new", "HSE0901", "--kind", "existence", "--category", "style", "--out", file).ExitCode);
        var before = File.ReadAllText(file);

        var added = CommandLine.Run("rules", "new", "HSE0902", "--kind", "substitution", "--category", "punctuation", "--severity", "error", "--out", file);

        Assert.True(added.ExitCode == 0, added.ToString());
        Assert.StartsWith(before, File.ReadAllText(file), StringComparison.Ordinal);
        var rules = RulePackReader.Read(RuleSource.FromPath(folder.Path), "house.rules.yaml").Rules;
        Assert.Equal([("HSE0901", "existence"), ("HSE0902", "substitution")], rules.Select(r => (r.Id, r.Kind)));
        Assert.Equal(Severity.Error, rules[1].Severity);
        Assert.Equal(["2 rules, 4 examples: 0 failed"], CommandLine.Run("rules", "test", file).StdoutLines);
    }

    [Fact]
    public void New_IdUsedInThePack_IsRefusedWithTheNextFreeId_AndTheFileIsLeftAlone()
    {
        using var folder = new ScratchFolder();
        var file = folder.File("house.rules.yaml");
        Assert.Equal(0, CommandLine.Run("rules", "new", "HSE0901", "--kind", "existence", "--category", "style", "--out", file).ExitCode);
        Assert.Equal(0, CommandLine.Run("rules", "new", "HSE0902", "--kind", "existence", "--category", "style", "--out", file).ExitCode);
        var before = File.ReadAllText(file);

        var again = CommandLine.Run("rules", "new", "HSE0901", "--kind", "existence", "--category", "style", "--out", file);

        Assert.Equal(2, again.ExitCode);
        Assert.Contains("HSE0901 is already used at", again.Stderr, StringComparison.Ordinal);
        Assert.Contains("the next free id is HSE0903", again.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(file));
    }

    [Fact]
    public void New_IdOfAShippedRule_IsRefused()
    {
        var shipped = RuleSource.Shipped.PackFiles().SelectMany(f => RulePackReader.Read(RuleSource.Shipped, f).Rules).First();

        var result = CommandLine.Run("rules", "new", shipped.Id, "--kind", "existence", "--category", "style");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{shipped.Id} is already used at {shipped.File}:{shipped.Line}", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("", result.Stdout);
    }

    [Theory]
    [InlineData("HSE0901", "--kind", "grammar", "--category", "style", "unknown kind 'grammar'; kinds: existence, substitution")]
    [InlineData("HSE0901", "--kind", "existence", "--category", "grammar", "unknown category 'grammar'; categories: scraper-artifact")]
    [InlineData("HSE0901", "--kind", "existence", "--category", "style", "--severity", "fatal", "unknown severity 'fatal'")]
    [InlineData("HSE0901", "--category", "style", "--kind is required")]
    [InlineData("hse1", "--kind", "existence", "--category", "style", "rule id 'hse1' must look like EDL0101")]
    public void New_WrongArguments_ExitTwoWithOneLine(params string[] argsAndMessage)
    {
        var result = CommandLine.Run(["rules", "new", .. argsAndMessage[..^1]]);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(argsAndMessage[^1], line, StringComparison.Ordinal);
    }

    [Fact]
    public void New_WithoutOut_PrintsAWholePackThatPointsAtTheSchema()
    {
        var result = CommandLine.Run("rules", "new", "HSE0901", "--kind", "sentence", "--category", "truncation");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("# yaml-language-server: $schema=" + RuleScaffold.SchemaUri + "\n", result.Stdout, StringComparison.Ordinal);
        var pack = RulePackReader.Parse(RuleSource.FromPath(Path.GetTempPath()), "hse0901.rules.yaml", result.Stdout);
        Assert.Equal("hse0901", pack.Name);
        Assert.Equal("HSE0901", Assert.Single(pack.Rules).Id);
    }

    [Fact]
    public void SchemaReference_InsideACheckoutWithTheSchema_IsRelativeToThePack()
    {
        using var folder = new ScratchFolder();
        folder.Write(RuleScaffold.SchemaPath, "{}");

        Assert.Equal("../schema/editorial-lint-rules.schema.json", RuleScaffold.SchemaReference(folder.File("rules/house.rules.yaml")));
        Assert.Equal("../../schema/editorial-lint-rules.schema.json", RuleScaffold.SchemaReference(folder.File("rules/desk/house.rules.yaml")));
    }

    [Fact]
    public void New_IntoAFileInTheRepository_PointsAtTheCommittedSchema()
    {
        var file = Path.Combine(RepositoryRoot.Path, "rules", "house.rules.yaml");
        Assert.Equal("../schema/editorial-lint-rules.schema.json", RuleScaffold.SchemaReference(file));
        var schema = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, RuleScaffold.SchemaPath)))!;
        Assert.Equal(RuleScaffold.SchemaUri, schema["$id"]!.GetValue<string>());
    }

    [Fact]
    public void New_IntoAFolderThatDoesNotExistYet_CreatesIt()
    {
        using var folder = new ScratchFolder();
        var file = folder.File("desk/sport/house.rules.yaml");

        var result = CommandLine.Run("rules", "new", "HSE0901", "--kind", "existence", "--category", "style", "--out", file);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(file));
    }
}
