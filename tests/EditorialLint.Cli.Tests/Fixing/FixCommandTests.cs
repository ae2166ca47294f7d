using System.Text;
using System.Text.Json;

namespace EditorialLint.Cli.Tests.Fixing;

/// <summary><c>lint --fix</c> end to end: what lands in the file, byte for byte, and what is reported.</summary>
public sealed class FixCommandTests : IDisposable
{
    private readonly FixWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Fix_PlainText_AppliesEveryFixAndKeepsCrlf()
    {
        var path = _workspace.Write("a.txt", "Troops left Kiev.Then they went to Odessa.\r\nNothing else happened in Kiev.\r\n");

        var run = _workspace.Lint(path, "--fix");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Troops left Kyiv. Then they went to Odesa.\r\nNothing else happened in Kyiv.\r\n", _workspace.Read("a.txt"));
        Assert.Equal([$"editorial-lint: {path}: applied 4 fixes"], run.StderrLines);
        Assert.Equal("No problems in 1 article\n", run.Stdout);
    }

    [Fact]
    public void Fix_OverlappingFixes_AppliesTheSecondInALaterPass()
    {
        // "Kiev" and "ev.Then" overlap: one pass takes the first, the re-lint finds "iv.Then".
        var path = _workspace.Write("a.txt", "Kiev.Then\n");

        _workspace.Lint(path, "--fix");

        Assert.Equal("Kyiv. Then\n", _workspace.Read("a.txt"));
    }

    [Fact]
    public void Fix_SecondRun_ChangesNothing()
    {
        var path = _workspace.Write("a.md", "# Kiev\n\nThe mayor of *Kiev* said.Then **Odes**sa spoke.\n");
        _workspace.Lint(path, "--fix");
        var once = File.ReadAllBytes(path);
        var written = File.GetLastWriteTimeUtc(path);

        var again = _workspace.Lint(path, "--fix");

        Assert.Equal(once, File.ReadAllBytes(path));
        Assert.Equal(written, File.GetLastWriteTimeUtc(path));
        Assert.DoesNotContain(again.StderrLines, l => l.Contains(": applied ", StringComparison.Ordinal));
        var dry = _workspace.Lint(path, "--fix", "--dry-run");
        Assert.Equal(string.Empty, dry.Stdout);
    }

    public static TheoryData<string> Encodings => new() { "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "utf-32le", "utf-32be" };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Fix_AnyEncoding_KeepsEncodingAndByteOrderMark(string name)
    {
        var (encoding, bom) = name switch
        {
            "utf-8" => ((Encoding)new UTF8Encoding(false), false),
            "utf-8-bom" => (new UTF8Encoding(true), true),
            "utf-16le" => (new UnicodeEncoding(false, true), true),
            "utf-16be" => (new UnicodeEncoding(true, true), true),
            "utf-32le" => (new UTF32Encoding(false, true), true),
            _ => (new UTF32Encoding(true, true), true),
        };
        byte[] Bytes(string text) => [.. bom ? encoding.GetPreamble() : [], .. encoding.GetBytes(text)];
        var path = _workspace.WriteBytes("a.txt", Bytes("Über Kiev.Then — “quoted” 🇺🇦\r\nZürich\n"));

        var run = _workspace.Lint(path, "--fix");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Bytes("Über Kyiv. Then — “quoted” 🇺🇦\r\nZürich\n"), File.ReadAllBytes(path));
    }

    [Fact]
    public void Fix_Markdown_LandsInTheMarkupAndRefusesSpansThatCrossIt()
    {
        var path = _workspace.Write("a.md",
            "# Kiev\n\nThe mayor of *Kiev* said.Then **Odes**sa spoke, with Marks and Spencer.\n\n[Kiev](https://example.org/Kiev) and `Kiev` said.*Then*\n");

        var run = _workspace.Lint(path, "--fix", "--format", "json");

        Assert.Equal(
            "# Kyiv\n\nThe mayor of *Kyiv* said. Then **Odes**sa spoke, with Marks & Spencer.\n\n[Kyiv](https://example.org/Kiev) and `Kyiv` said.*Then*\n",
            _workspace.Read("a.md"));
        Assert.Contains($"editorial-lint: {path}:3:34: TST0001: fix not applied: 'Odes**sa' crosses markup in the file; fix it by hand", run.StderrLines);
        Assert.Contains($"editorial-lint: {path}:5:47: TST0002: fix not applied: 'id.*Then' crosses markup in the file; fix it by hand", run.StderrLines);

        // What remains is reported against the fixed file, and the error left keeps the exit code at 1.
        Assert.Equal(1, run.ExitCode);
        var remaining = RemainingTexts(run.Stdout);
        Assert.Equal(["Odes**sa", "id.*Then"], remaining);
    }

    [Fact]
    public void Fix_Html_EscapesTheReplacementAndRefusesTagsAndReferences()
    {
        var path = _workspace.Write("a.html",
            "<p>Visit Kiev.Today <i>Odessa</i> and Od<b>essa</b>; Marks and Spencer &amp; Ki&#101;v.</p>\n");

        var run = _workspace.Lint(path, "--fix", "--format", "json");

        Assert.Equal(
            "<p>Visit Kyiv. Today <i>Odesa</i> and Od<b>essa</b>; Marks &amp; Spencer &amp; Ki&#101;v.</p>\n",
            _workspace.Read("a.html"));
        Assert.Equal(["Od<b>essa", "Ki&#101;v"], RemainingTexts(run.Stdout));
        Assert.Equal(2, run.StderrLines.Count(l => l.Contains("crosses markup", StringComparison.Ordinal)));
    }

    [Fact]
    public void Fix_CmsJson_FixesInsideStringValuesAndStaysValidJson()
    {
        var path = _workspace.Write("a.json",
            """{"headline": "Talks in Kiev", "body": "Troops left Kiev.Then \"Odessa\" waited.\nMarks and Spencer."}""" + "\n");

        var run = _workspace.Lint(path, "--fix");

        using var fixedJson = JsonDocument.Parse(_workspace.Read("a.json"));
        Assert.Equal("Talks in Kyiv", fixedJson.RootElement.GetProperty("headline").GetString());
        Assert.Equal("Troops left Kyiv. Then \"Odesa\" waited.\nMarks and Spencer.", fixedJson.RootElement.GetProperty("body").GetString());
        Assert.Contains(run.StderrLines, l => l.Contains("TST0001: fix not applied: the replacement brings '&'", StringComparison.Ordinal));
    }

    [Fact]
    public void Fix_MinSeverity_FixesOnlyWhatIsReported()
    {
        var path = _workspace.Write("a.txt", "Troops left Kiev.Then they went to Odessa.\n");

        _workspace.Lint(path, "--fix", "--min-severity", "error");

        Assert.Equal("Troops left Kiev. Then they went to Odessa.\n", _workspace.Read("a.txt"));
    }

    [Fact]
    public void Fix_DryRun_WritesNothingAndPrintsAUnifiedDiff()
    {
        var lines = Enumerable.Range(1, 12).Select(i => $"Line {i}.").ToList();
        lines[1] = "Troops left Kiev.";
        lines[10] = "Then to Odessa.";
        var original = string.Join("\n", lines) + "\n";
        var path = _workspace.Write("a.txt", original);

        var run = _workspace.Lint(path, "--fix", "--dry-run");

        Assert.Equal(original, _workspace.Read("a.txt"));
        Assert.Equal(["a.txt", "rules"], _workspace.Files().Concat(Directory.GetDirectories(_workspace.Folder).Select(Path.GetFileName)).ToList());
        var name = path.Replace('\\', '/');
        Assert.Equal(
            $"""
            --- {name}
            +++ {name}
            @@ -1,5 +1,5 @@
             Line 1.
            -Troops left Kiev.
            +Troops left Kyiv.
             Line 3.
             Line 4.
             Line 5.
            @@ -8,5 +8,5 @@
             Line 8.
             Line 9.
             Line 10.
            -Then to Odessa.
            +Then to Odesa.
             Line 12.

            """,
            run.Stdout);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Fix_Stdin_PrintsTheFixedText()
    {
        var run = _workspace.LintWithStdin("Kiev.Then\r\nOdessa", "-", "--fix");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Kyiv. Then\r\nOdesa", run.Stdout);
    }

    [Fact]
    public void Fix_StdinDryRun_PrintsTheDiff()
    {
        var run = _workspace.LintWithStdin("Kiev\n", "-", "--fix", "--dry-run");

        Assert.Equal("--- <stdin>\n+++ <stdin>\n@@ -1 +1 @@\n-Kiev\n+Kyiv\n", run.Stdout);
    }

    [Fact]
    public void Fix_StdinWithFiles_IsAUsageError()
    {
        var path = _workspace.Write("a.txt", "Kiev\n");

        var run = _workspace.LintWithStdin("Kiev\n", "-", path, "--fix");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["editorial-lint: lint: --fix with - prints the fixed article to standard output; give - alone"], run.StderrLines);
        Assert.Equal("Kiev\n", _workspace.Read("a.txt"));
    }

    [Fact]
    public void DryRun_WithoutFix_IsAUsageError()
    {
        var path = _workspace.Write("a.txt", "Kiev\n");

        var run = _workspace.Lint(path, "--dry-run");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["editorial-lint: lint: --dry-run goes with --fix (show the fixes as a diff, write nothing)"], run.StderrLines);
    }

    [Fact]
    public void Fix_ManyFilesInParallel_LeavesNoTemporaryFiles()
    {
        for (var i = 0; i < 30; i++) _workspace.Write($"a{i:00}.txt", $"Story {i} from Kiev.Then Odessa.\n");

        var run = _workspace.Lint(_workspace.Folder, "--fix", "--jobs", "4");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Enumerable.Range(0, 30).Select(i => $"a{i:00}.txt"), _workspace.Files());
        Assert.All(Enumerable.Range(0, 30), i => Assert.Equal($"Story {i} from Kyiv. Then Odesa.\n", _workspace.Read($"a{i:00}.txt")));
    }

    [Fact]
    public void Fix_KeepsTheFilesPermissions()
    {
        if (OperatingSystem.IsWindows()) return;
        var path = _workspace.Write("a.txt", "Kiev\n");
        const UnixFileMode mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
        File.SetUnixFileMode(path, mode);

        _workspace.Lint(path, "--fix");

        Assert.Equal("Kyiv\n", _workspace.Read("a.txt"));
        Assert.Equal(mode, File.GetUnixFileMode(path));
    }

    [Fact]
    public void Fix_SymbolicLink_FixesTheTargetAndKeepsTheLink()
    {
        if (OperatingSystem.IsWindows()) return;
        var target = _workspace.Write("real.txt", "Kiev\n");
        var link = Path.Combine(_workspace.Folder, "link.txt");
        File.CreateSymbolicLink(link, target);

        _workspace.Lint(link, "--fix");

        Assert.Equal("Kyiv\n", _workspace.Read("real.txt"));
        Assert.NotNull(new FileInfo(link).LinkTarget);
    }

    [Fact]
    public void Fix_RulesThatUndoEachOther_StopAfterTheLastPass()
    {
        var back = Path.Combine(_workspace.Folder, "rules", "back.rules.yaml");
        File.WriteAllText(back, """
            pack: back
            rules:
              - id: TST0009
                title: The other spelling
                category: style
                severity: warning
                kind: substitution
                message: "Use '{expected}'"
                swap:
                  Kyiv: Kiev
                examples:
                  - bad: "He went to Kyiv."
                    expect: ["Kyiv"]
                    fixed: "He went to Kiev."
            """);
        var path = _workspace.Write("a.txt", "Kiev\n");

        var run = _workspace.Lint(path, "--fix", "--rules", back);

        Assert.Contains(run.StderrLines, l => l.Contains($"fixes still apply after {EditorialLint.Cli.Fixing.ArticleFixer.MaxPasses} passes", StringComparison.Ordinal));
        Assert.Equal("Kyiv\n", _workspace.Read("a.txt"));
    }

    private static List<string> RemainingTexts(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray()
            .Select(d => d.GetProperty("text").GetString()!).ToList();
    }
}
