using System.Text;

namespace EditorialLint.Cli.Tests.Fixing;

/// <summary>
/// A temporary folder holding a small rule pack with fixes (a substitution and a spacing pattern)
/// and the articles of one test; runs <c>editorial-lint lint</c> in-process with that pack only.
/// Paths passed to the tool are absolute, so no test depends on the working folder.
/// </summary>
internal sealed class FixWorkspace : IDisposable
{
    /// <summary>The test pack: TST0001 swaps city names (warning), TST0002 adds a missing space after a full stop (error).</summary>
    public const string Pack = """
        pack: fixing-tests
        rules:
          - id: TST0001
            title: Russian transliteration of a Ukrainian city
            category: style
            severity: warning
            kind: substitution
            message: "Use '{expected}', not '{match}'"
            swap:
              Kiev: Kyiv
              Odessa: Odesa
              Marks and Spencer: Marks & Spencer
            examples:
              - bad: "He went to Kiev."
                expect: ["Kiev"]
                fixed: "He went to Kyiv."
              - good: "He went to Kyiv."
          - id: TST0002
            title: Missing space after a full stop
            category: punctuation
            severity: error
            kind: existence
            message: "Missing space in '{match}'"
            patterns:
              - '([a-z]{2})([.])([A-Z][a-z]+)'
            replace: "$1$2 $3"
            examples:
              - bad: "It rained.Then it stopped."
                expect: ["ed.Then"]
                fixed: "It rained. Then it stopped."
              - good: "It rained. Then it stopped."
        """;

    public FixWorkspace()
    {
        Folder = Path.Combine(Path.GetTempPath(), "editorial-lint-fixing", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        RulePack = Path.Combine(Folder, "rules", "fixing.rules.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(RulePack)!);
        File.WriteAllText(RulePack, Pack);
    }

    /// <summary>The folder's absolute path.</summary>
    public string Folder { get; }

    /// <summary>The test pack's absolute path.</summary>
    public string RulePack { get; }

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte-order mark; returns the absolute path.</summary>
    public string Write(string name, string text) => WriteBytes(name, new UTF8Encoding(false).GetBytes(text));

    /// <summary>Writes raw bytes; returns the absolute path.</summary>
    public string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>The file's text, read as UTF-8.</summary>
    public string Read(string name) => File.ReadAllText(Path.Combine(Folder, name));

    /// <summary>Runs <c>lint</c> with the test pack and <paramref name="args"/>.</summary>
    public ToolRun Lint(params string[] args) => LintWithStdin(string.Empty, args);

    /// <summary>Runs <c>lint</c> with the test pack, feeding <paramref name="stdin"/>.</summary>
    public ToolRun LintWithStdin(string stdin, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        string[] all = ["lint", "--no-default-rules", "--rules", RulePack, .. args];
        var code = EntryPoint.Run(all, new StringReader(stdin), stdout, stderr);
        return new ToolRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The names of the files directly in the folder, sorted.</summary>
    public IReadOnlyList<string> Files() =>
        Directory.GetFiles(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()!;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; cleanup must not fail a test.
        }
    }
}
