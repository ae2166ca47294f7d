using System.Diagnostics;
using EditorialLint.Rules.Compilation;
using EditorialLint.Rules.Packs;

namespace EditorialLint.Benchmarks.Pipeline;

/// <summary>
/// The rule sets the pipeline benchmarks compare, written by the same generators bench/run.sh
/// uses (bench/make_pack.py over make_names.py's dictionary; bench/make_rules.py) into a
/// temporary folder and compiled once.
/// </summary>
public static class BenchPacks
{
    /// <summary>The shipped rules.</summary>
    public const string Shipped = "shipped";

    /// <summary>The shipped rules and nine times as many generated ones: ten times the shipped rule count.</summary>
    public const string ShippedTimesTen = "shipped x10";

    /// <summary>Compiles the named rule set: <see cref="Shipped"/>, <see cref="ShippedTimesTen"/>, or <c>names N</c> (the N-entry dictionary alone).</summary>
    public static CompiledRuleSet Compile(string name, string folder)
    {
        Directory.CreateDirectory(folder);
        if (name == Shipped) return RuleSetCompiler.Load([RuleSource.Shipped]);
        if (name == ShippedTimesTen)
        {
            var shipped = RuleSetCompiler.Load([RuleSource.Shipped]).Specs.Count;
            var pack = Path.Combine(folder, "generated.rules.yaml");
            File.WriteAllText(pack, Python(Path.Combine(BenchCorpus.Root(), "bench", "make_rules.py"), (9 * shipped).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return RuleSetCompiler.Load([RuleSource.Shipped, RuleSource.FromPath(pack)]);
        }

        if (name.StartsWith("names ", StringComparison.Ordinal))
        {
            var tsv = Path.Combine(folder, "names.tsv");
            File.WriteAllText(tsv, Python(Path.Combine(SharedBench(), "make_names.py"), name["names ".Length..], "tsv"));
            var pack = Path.Combine(folder, "names.rules.yaml");
            File.WriteAllText(pack, Python(Path.Combine(BenchCorpus.Root(), "bench", "make_pack.py"), tsv));
            return RuleSetCompiler.Load([RuleSource.FromPath(pack)]);
        }

        throw new ArgumentException($"unknown rule set '{name}'");
    }

    /// <summary>A fresh temporary folder for one benchmark's packs.</summary>
    public static string TemporaryFolder() => Path.Combine(Path.GetTempPath(), "editorial-lint-bench-" + Guid.NewGuid().ToString("N"));

    private static string SharedBench()
    {
        var beside = Path.Combine(BenchCorpus.Root(), "..", "shared", "bench");
        return Directory.Exists(beside) ? beside : "/work/shared/bench";
    }

    private static string Python(string script, params string[] args)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start python3");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{script} exited {process.ExitCode}");
        return output;
    }
}
