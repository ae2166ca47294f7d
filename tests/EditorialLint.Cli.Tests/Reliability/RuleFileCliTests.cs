using System.Text.RegularExpressions;
using EditorialLint.Cli.Tests.Running;
using EditorialLint.Rules.Packs;

namespace EditorialLint.Cli.Tests.Reliability;

/// <summary>
/// Damaged rule files through the command line: <c>lint --rules</c> either runs, or exits 2 with one
/// line on standard error, <c>file:line:col: problem</c>, and nothing on standard output.
/// </summary>
[Collection(SeedRunsCollection.Name)]
public sealed partial class RuleFileCliTests : IDisposable
{
    private readonly Workspace _work = new();

    [GeneratedRegex(@"^[^\r\n]+\.yaml:[0-9]+:[0-9]+: [^\r\n]+$")]
    private static partial Regex OneLine();

    public void Dispose() => _work.Dispose();

    [Theory]
    [InlineData("rules:\n  - id: HOUSE001\n    kind: existence\n  colour: red\n")]
    [InlineData("rules:\n\t- id: HOUSE001\n")]
    [InlineData("rules: [\n")]
    [InlineData("rules:\n  - id: HOUSE001\n    title: t\n    category: style\n    kind: existence\n    message: m\n    patterns: ['(']\n    examples:\n      - good: x\n")]
    [InlineData("rules:\n  - id: HOUSE001\n    title: t\n    category: style\n    kind: existence\n    message: m\n    terms: [zorblax]\n    examples:\n      - good: \"The zorblax.\"\n")]
    [InlineData("\u0000\u0001\u0002")]
    [InlineData("")]
    public void Lint_BrokenRuleFile_ExitsTwoWithOneLineNamingFileLineAndColumn(string yaml)
    {
        var pack = _work.Write("broken.rules.yaml", yaml);
        var article = _work.Write("a.txt", "The zorblax is here.\n");

        var run = _work.Run("lint", article, "--no-default-rules", "--rules", pack);

        AssertRefused(run, yaml);
    }

    /// <summary>Each shipped pack, damaged by a seeded run of line edits, through the whole tool.</summary>
    [Fact]
    public void Lint_DamagedShippedPacks_RunOrExitTwoWithOneLine()
    {
        var random = new Random(20261122);
        var packs = RuleSource.Shipped.PackFiles();
        var article = _work.Write("a.txt", "White House Press Secretary Jane Psaki said .\n");
        for (var n = 0; n < 36; n++)
        {
            var yaml = Damage(RuleSource.Shipped.ReadText(packs[n % packs.Count])!, random);
            var pack = _work.Write($"damaged-{n}/{packs[n % packs.Count]}", yaml);

            var run = _work.Run("lint", article, "--no-default-rules", "--rules", pack);

            if (run.ExitCode is 0 or 1)
            {
                Assert.Equal("", run.Stderr);
                continue;
            }

            AssertRefused(run, yaml);
        }
    }

    /// <summary>YamlDotNet throws other exceptions than YamlException on files like this one; they too become one line.</summary>
    [Fact]
    public void Lint_YamlThatTripsTheParser_ExitsTwoWithOneLine()
    {
        var pack = _work.Write("tripping.rules.yaml", ": [\nd\n");
        var article = _work.Write("a.txt", "Text.\n");

        var run = _work.Run("lint", article, "--no-default-rules", "--rules", pack);

        AssertRefused(run, ": [\nd\n");
    }

    private static void AssertRefused(Workspace.Result run, string yaml)
    {
        var shown = System.Text.Json.JsonSerializer.Serialize(yaml.Length > 300 ? yaml[..300] : yaml);
        Assert.True(run.ExitCode == 2, $"exit {run.ExitCode} for {shown}\n{run.Stderr}");
        var line = Assert.Single(run.StderrLines);
        Assert.True(OneLine().IsMatch(line), $"not one 'file:line:col: problem' line: {line}\nfor {shown}");
        Assert.Equal("", run.Stdout);
    }

    // Deletes, doubles, swaps or re-indents a line, or cuts the file short: one to three edits.
    private static string Damage(string yaml, Random random)
    {
        var lines = yaml.Split('\n').ToList();
        for (var edits = random.Next(1, 4); edits > 0 && lines.Count > 1; edits--)
        {
            var i = random.Next(lines.Count);
            switch (random.Next(5))
            {
                case 0: lines.RemoveAt(i); break;
                case 1: lines.Insert(i, lines[i]); break;
                case 2: (lines[i], lines[^1]) = (lines[^1], lines[i]); break;
                case 3: lines[i] = new string(' ', random.Next(0, 7)) + lines[i].TrimStart(); break;
                default: lines.RemoveRange(i, lines.Count - i); break;
            }
        }

        return string.Join('\n', lines);
    }
}
