using EditorialLint.Cli.Fixing;
using EditorialLint.Cli.Formatters;
using EditorialLint.Cli.Inputs;
using EditorialLint.Cli.Progress;
using EditorialLint.Core.Articles;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Reading;
using EditorialLint.Rules.Compilation;
using EditorialLint.Rules.Running;

namespace EditorialLint.Cli.Commands;

/// <summary><c>editorial-lint lint</c>: lints files, folders, globs and standard input, and fixes them with <c>--fix</c>.</summary>
public static class LintCommand
{
    /// <summary>The values <c>--format</c> takes.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["text", "json", "sarif", "github"];

    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter output, TextWriter errors)
    {
        var options = ReadOptions(args);
        var profiles = new LintProfiles(options.Rules, options.Config, options.MinSeverity, options.Fix);
        var compiled = profiles.Default.Rules;
        var problems = new List<string>();
        // Paths a configuration ignores are left out, as .gitignore'd files are.
        var inputs = InputExpander.Expand(options.Paths, problems)
            .Where(i => i.IsStdin || !profiles.For(i.Path, false).Configuration.Ignores(i.Path)).ToList();
        if (options.Fix && inputs.Any(i => i.IsStdin) && inputs.Count > 1)
            throw new UsageException("lint: --fix with - prints the fixed article to standard output; give - alone");

        var files = new FileRun[inputs.Count];
        string? stdinText = inputs.Any(i => i.IsStdin) ? stdin.ReadToEnd() : null;
        void LintAll(Action? fileDone) =>
            Parallel.For(0, inputs.Count, new ParallelOptions { MaxDegreeOfParallelism = options.Jobs }, i =>
            {
                files[i] = RunOne(inputs[i], stdinText, profiles.For(inputs[i].Path, inputs[i].IsStdin), options, lastTry: false);
                fileDone?.Invoke();
            });

        if (LintProgress.ShouldShow(inputs.Count, LintProgress.IsTerminal(errors)))
        {
            LintProgress.Run(options.Fix ? "Fixing" : "Linting", inputs.Count, done => LintAll(done));
        }
        else
        {
            LintAll(null);
        }

        // A pattern's time limit is wall-clock time, which files running side by side share: one
        // that ran out goes again alone, so the output is the same whatever --jobs says.
        for (var i = 0; i < inputs.Count; i++)
        {
            if (files[i].Retry) files[i] = RunOne(inputs[i], stdinText, profiles.For(inputs[i].Path, inputs[i].IsStdin), options, lastTry: true);
        }

        foreach (var p in problems) errors.WriteLine($"editorial-lint: {p}");
        var failed = problems.Count > 0;
        foreach (var file in files)
        {
            foreach (var message in file.Messages) errors.WriteLine($"editorial-lint: {message}");
            failed |= file.Failed;
        }

        var reports = files.Where(f => f.Report is not null).Select(f => f.Report!).ToList();
        if (options.Fix && stdinText is not null)
        {
            // Standard input is fixed into standard output, as formatters of source code do; input
            // that could not be read goes through unchanged, so a pipeline never loses the text.
            var fixedText = files[0].FixedText ?? stdinText;
            output.Write(options.DryRun ? UnifiedDiff.Format(inputs[0].Path, stdinText, fixedText) : fixedText);
        }
        else if (options.DryRun)
        {
            foreach (var file in files)
            {
                if (file.Diff is { Length: > 0 } diff) output.Write(diff);
            }
        }
        else
        {
            CreateFormatter(options.Format, output, compiled).Write(output, reports);
        }

        if (failed) return 2;
        return reports.Any(f => f.Diagnostics.Any(d => d.Severity == Severity.Error)) ? 1 : 0;
    }

    private static LintOptions ReadOptions(string[] args)
    {
        var reader = new ArgumentReader("lint", args);
        var options = new LintOptions();
        while (reader.TryNext(out var raw))
        {
            if (!raw.StartsWith("--", StringComparison.Ordinal) || raw == "-")
            {
                options.Paths.Add(raw);
                continue;
            }

            var option = reader.Option(raw);
            if (options.Rules.TryRead(option, reader)) continue;
            switch (option)
            {
                case "--format":
                    options.Format = reader.Value(option);
                    if (!Formats.Contains(options.Format))
                        throw new UsageException($"lint: unknown --format '{options.Format}'; use text, json, sarif or github");
                    break;
                case "--min-severity":
                    var name = reader.Value(option);
                    if (!SeverityNames.TryParse(name, out var minSeverity))
                        throw new UsageException($"lint: unknown --min-severity '{name}'; use suggestion, warning or error");
                    options.MinSeverity = minSeverity;
                    break;
                case "--jobs":
                    var value = reader.Value(option);
                    if (!int.TryParse(value, out var jobs) || jobs < 1)
                        throw new UsageException($"lint: --jobs needs a whole number of 1 or more, not '{value}'");
                    options.Jobs = jobs;
                    break;
                case "--fix":
                    options.Fix = true;
                    break;
                case "--dry-run":
                    options.DryRun = true;
                    break;
                case "--config":
                    options.Config = reader.Value(option);
                    if (!File.Exists(options.Config))
                        throw new UsageException($"lint: --config {options.Config}: no such file");
                    break;
                default:
                    throw reader.Unknown(option);
            }
        }

        if (options.Paths.Count == 0) throw new UsageException("lint: name at least one file, folder, glob or - for standard input");
        if (options.DryRun && !options.Fix) throw new UsageException("lint: --dry-run goes with --fix (show the fixes as a diff, write nothing)");
        return options;
    }

    private static FileRun RunOne(Input input, string? stdinText, LintProfile profile, LintOptions options, bool lastTry)
    {
        var run = new FileRun();
        var (linter, fixer, policy) = (profile.Linter, profile.Fixer, profile.Policy);
        try
        {
            var bytes = input.IsStdin ? System.Text.Encoding.UTF8.GetBytes(stdinText!) : File.ReadAllBytes(input.Path);
            var article = input.IsStdin
                ? ArticleReader.Read(input.Path, bytes, ArticleFormat.Text)
                : ArticleReader.Read(input.Path, bytes);
            if (fixer is null)
            {
                var result = linter.Lint(article);
                if (result.Timeouts.Count > 0 && !lastTry) return new FileRun { Retry = true };
                Report(run, article, policy.Apply(article, result.Diagnostics), result.Timeouts);
                return run;
            }

            var outcome = fixer.Fix(article);
            if (outcome.Timeouts.Count > 0 && !lastTry) return new FileRun { Retry = true };
            run.Messages.AddRange(outcome.Notes);
            run.FixedText = outcome.Fixed.Source.Text;
            if (!outcome.Changed || input.IsStdin)
            {
                Report(run, outcome.Fixed, outcome.Remaining, outcome.Timeouts);
                return run;
            }

            if (options.DryRun)
            {
                run.Diff = UnifiedDiff.Format(input.Path, article.Source.Text, outcome.Fixed.Source.Text);
                Report(run, outcome.Fixed, outcome.Remaining, outcome.Timeouts);
                return run;
            }

            if (AtomicFileWriter.TryReplace(input.Path, bytes, ArticleFixer.Encode(outcome.Fixed.Source)))
            {
                run.Messages.Add($"{input.Path}: applied {outcome.Applied} {(outcome.Applied == 1 ? "fix" : "fixes")}");
                Report(run, outcome.Fixed, outcome.Remaining, outcome.Timeouts);
            }
            else
            {
                // What is on disk now is someone else's; report what was read and leave their file alone.
                run.Messages.Add($"{input.Path}: changed on disk while it was being fixed; left as it is, run --fix again");
                run.Failed = true;
                var result = linter.Lint(article);
                Report(run, article, policy.Apply(article, result.Diagnostics), []);
            }
        }
        catch (Exception e) when (e is UnreadableInputException)
        {
            run.Messages.Add(e.Message);
            run.Failed = true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            run.Messages.Add($"{input.Path}: cannot {(run.FixedText is null ? "read" : "write the fixes")}: {e.Message}");
            run.Failed = true;
        }

        return run;
    }

    private static void Report(FileRun run, Article article, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<string> timeouts)
    {
        run.Report = new FileReport(article.Path, article.Source.Text, diagnostics);
        if (timeouts.Count > 0)
            run.Messages.Add($"{article.Path}: rule {string.Join(", ", timeouts.Distinct())} ran past its time limit and was skipped for this file");
    }

    private static IFormatter CreateFormatter(string format, TextWriter output, CompiledRuleSet rules) => format switch
    {
        "json" => new JsonFormatter(),
        "sarif" => new SarifFormatter(rules.Descriptors),
        "github" => new GithubFormatter(),
        _ => new TextFormatter(color: !Console.IsOutputRedirected && ReferenceEquals(output, Console.Out) && Environment.GetEnvironmentVariable("NO_COLOR") is null),
    };

    /// <summary>The options of one <c>lint</c> command line.</summary>
    private sealed class LintOptions
    {
        public List<string> Paths { get; } = [];

        public RuleSetChoice Rules { get; } = new();

        public string Format { get; set; } = "text";

        public Severity MinSeverity { get; set; } = Severity.Suggestion;

        public int Jobs { get; set; } = Environment.ProcessorCount;

        public bool Fix { get; set; }

        public bool DryRun { get; set; }

        public string? Config { get; set; }
    }

    /// <summary>What one input gave: its report, the lines for standard error, and with --fix its new text.</summary>
    private sealed class FileRun
    {
        public FileReport? Report { get; set; }

        public List<string> Messages { get; } = [];

        public bool Failed { get; set; }

        public string? FixedText { get; set; }

        public string? Diff { get; set; }

        /// <summary>A pattern ran out of time with other files running beside it; run this one again alone.</summary>
        public bool Retry { get; init; }
    }
}
