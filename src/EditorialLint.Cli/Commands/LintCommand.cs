using System.Runtime;
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
        var compiled = LoadWithoutBackgroundCollections(() => profiles.Default.Rules);
        var problems = new List<string>();
        // Paths a configuration ignores are left out, as .gitignore'd files are.
        var inputs = InputExpander.Expand(options.Paths, problems)
            .Where(i => i.IsStdin || !profiles.For(i.Path, false).Configuration.Ignores(i.Path)).ToList();
        if (options.Fix && inputs.Any(i => i.IsStdin) && inputs.Count > 1)
            throw new UsageException("lint: --fix with - prints the fixed article to standard output; give - alone");

        var files = new FileRun[inputs.Count];
        string? stdinText = inputs.Any(i => i.IsStdin) ? stdin.ReadToEnd() : null;
        var showProgress = LintProgress.ShouldShow(inputs.Count, LintProgress.IsTerminal(errors));
        if (!options.Fix && !showProgress && CreateFormatter(options.Format, output, compiled) is IStreamingFormatter streaming)
            return RunStreaming(inputs, stdinText, profiles, options, problems, streaming, output, errors);

        void LintAll(Action? fileDone) =>
            Parallel.For(0, inputs.Count, new ParallelOptions { MaxDegreeOfParallelism = options.Jobs }, i =>
            {
                files[i] = RunOne(inputs[i], stdinText, profiles.For(inputs[i].Path, inputs[i].IsStdin), options, lastTry: false);
                fileDone?.Invoke();
            });

        if (showProgress)
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

    /// <summary>
    /// Runs <paramref name="load"/> with the collector working on this thread only. While the rules
    /// load there is no article to lint, and a background collection beside the loading costs more
    /// CPU than it spares: a 500-rule pack started about 20 ms sooner without (bench/startup.sh).
    /// </summary>
    private static T LoadWithoutBackgroundCollections<T>(Func<T> load)
    {
        // The mode is the process's: runs that load side by side (a host calling Run on several
        // threads) share one switch, and the last to finish puts back the mode found by the first.
        lock (LoadingGate)
        {
            if (s_loading++ == 0)
            {
                s_latencyBefore = GCSettings.LatencyMode;
                GCSettings.LatencyMode = GCLatencyMode.Batch;
            }
        }

        try
        {
            return load();
        }
        finally
        {
            lock (LoadingGate)
            {
                if (--s_loading == 0) GCSettings.LatencyMode = s_latencyBefore;
            }
        }
    }

    private static readonly Lock LoadingGate = new();
    private static int s_loading;
    private static GCLatencyMode s_latencyBefore;

    /// <summary>
    /// Lints in parallel and writes each file's report as soon as those before it are written, so a
    /// run holds a bounded number of reports however many files it has. What reaches standard
    /// output and standard error, and the exit code, are those of the collecting path.
    /// </summary>
    private static int RunStreaming(List<Input> inputs, string? stdinText, LintProfiles profiles, LintOptions options,
        List<string> problems, IStreamingFormatter formatter, TextWriter output, TextWriter errors)
    {
        foreach (var p in problems) errors.WriteLine($"editorial-lint: {p}");
        var failed = problems.Count > 0;
        int files = 0, errorCount = 0, warnings = 0, suggestions = 0;
        FileRun Lint(int i, bool lastTry) =>
            RunOne(inputs[i], stdinText, profiles.For(inputs[i].Path, inputs[i].IsStdin), options, lastTry);

        formatter.Begin(output);
        using (var lane = new OrderedLane(inputs.Count, options.Jobs, i => Lint(i, lastTry: false)))
        {
            for (var i = 0; i < inputs.Count; i++)
            {
                var run = lane.Take(i);
                // A pattern's time limit is wall-clock time, which files running side by side share: one
                // that ran out goes again alone, so the output is the same whatever --jobs says.
                if (run.Retry) run = lane.Alone(() => Lint(i, lastTry: true));
                foreach (var message in run.Messages) errors.WriteLine($"editorial-lint: {message}");
                failed |= run.Failed;
                if (run.Report is not { } report) continue;
                files++;
                foreach (var d in report.Diagnostics)
                {
                    if (d.Severity == Severity.Error) errorCount++;
                    else if (d.Severity == Severity.Warning) warnings++;
                    else if (d.Severity == Severity.Suggestion) suggestions++;
                }

                formatter.WriteFile(output, report);
            }
        }

        formatter.End(output, new Summary(files, errorCount, warnings, suggestions));
        if (failed) return 2;
        return errorCount > 0 ? 1 : 0;
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
        // A pipe, socket or device found in a folder is not an article, and opening a pipe waits
        // for a writer that may never come; one named on the command line is read, as cat reads it.
        var kind = input.IsStdin ? FileKind.Regular : FileKinds.Of(input.Path);
        if (kind is not (FileKind.Regular or FileKind.Unknown) && !input.Named)
        {
            run.Messages.Add($"{input.Path}: {FileKinds.Describe(kind)}, not a regular file: skipped; name it on the command line to read it");
            run.Failed = true;
            return run;
        }

        // A pipe cannot be read twice: what it gave is all there is, so it does not go again.
        lastTry |= kind is not (FileKind.Regular or FileKind.Unknown);
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
                Report(run, article, policy.Apply(article, result.Diagnostics), result.Timeouts, linter.Rules);
                return run;
            }

            var outcome = fixer.Fix(article);
            if (outcome.Timeouts.Count > 0 && !lastTry) return new FileRun { Retry = true };
            run.Messages.AddRange(outcome.Notes);
            run.FixedText = outcome.Fixed.Source.Text;
            if (!outcome.Changed || input.IsStdin)
            {
                Report(run, outcome.Fixed, outcome.Remaining, outcome.Timeouts, linter.Rules);
                return run;
            }

            if (options.DryRun)
            {
                run.Diff = UnifiedDiff.Format(input.Path, article.Source.Text, outcome.Fixed.Source.Text);
                Report(run, outcome.Fixed, outcome.Remaining, outcome.Timeouts, linter.Rules);
                return run;
            }

            if (kind is not (FileKind.Regular or FileKind.Unknown))
            {
                // Renaming a fixed copy over a pipe or device would put a file in its place.
                run.Messages.Add($"{input.Path}: {FileKinds.Describe(kind)}, not a regular file: its fixes were not written; " +
                    "pipe it to 'lint - --fix' for the fixed text");
                run.Failed = true;
                Report(run, article, policy.Apply(article, linter.Lint(article).Diagnostics), [], linter.Rules);
                return run;
            }

            if (AtomicFileWriter.TryReplace(input.Path, bytes, ArticleFixer.Encode(outcome.Fixed.Source)))
            {
                run.Messages.Add($"{input.Path}: applied {outcome.Applied} {(outcome.Applied == 1 ? "fix" : "fixes")}");
                Report(run, outcome.Fixed, outcome.Remaining, outcome.Timeouts, linter.Rules);
            }
            else
            {
                // What is on disk now is someone else's; report what was read and leave their file alone.
                run.Messages.Add($"{input.Path}: changed on disk while it was being fixed; left as it is, run --fix again");
                run.Failed = true;
                var result = linter.Lint(article);
                Report(run, article, policy.Apply(article, result.Diagnostics), [], linter.Rules);
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

    private static void Report(FileRun run, Article article, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<string> timeouts,
        CompiledRuleSet rules)
    {
        run.Report = new FileReport(article.Path, article.Source.Text, diagnostics);
        // A rule that could not finish leaves the file checked only in part. The file itself was
        // read, so its report stands; but, as for a rule-file error, the run exits 2.
        foreach (var id in timeouts.Distinct())
        {
            run.Failed = true;
            var where = rules.Descriptors.TryGetValue(id, out var rule) ? $" ({rule.Source}:{rule.Line})" : "";
            run.Messages.Add($"{article.Path}: rule {id} ran past its time limit and was skipped for this file: " +
                $"its pattern backtracks too much on this text; simplify the pattern{where}");
        }
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

    /// <summary>
    /// Runs files on <c>jobs</c> worker threads, at most a window of files ahead of the reader, and
    /// hands the results over in input order. <see cref="Alone"/> stops handing out new files and
    /// waits for those running before it runs something by itself.
    /// </summary>
    private sealed class OrderedLane : IDisposable
    {
        private readonly object _gate = new();
        private readonly FileRun?[] _done;
        private readonly System.Runtime.ExceptionServices.ExceptionDispatchInfo?[] _failures;
        private readonly Func<int, FileRun> _run;
        private readonly int _window;
        private readonly Thread[] _workers;
        private int _next;
        private int _taken;
        private int _running;
        private bool _paused;
        private bool _stopped;

        public OrderedLane(int count, int jobs, Func<int, FileRun> run)
        {
            _done = new FileRun?[count];
            _failures = new System.Runtime.ExceptionServices.ExceptionDispatchInfo?[count];
            _run = run;
            _window = Math.Max(16, jobs * 16);
            _workers = new Thread[Math.Max(1, Math.Min(jobs, count))];
            for (var w = 0; w < _workers.Length; w++)
            {
                _workers[w] = new Thread(Work) { IsBackground = true, Name = "editorial-lint worker" };
                _workers[w].Start();
            }
        }

        /// <summary>Waits for file <paramref name="index"/> (taken in order, each once) and gives its result.</summary>
        public FileRun Take(int index)
        {
            lock (_gate)
            {
                while (_done[index] is null && _failures[index] is null) Monitor.Wait(_gate);
                _failures[index]?.Throw();
                var run = _done[index]!;
                _done[index] = null;
                _taken = index + 1;
                Monitor.PulseAll(_gate);
                return run;
            }
        }

        /// <summary>Runs <paramref name="action"/> with no file running beside it.</summary>
        public FileRun Alone(Func<FileRun> action)
        {
            lock (_gate)
            {
                _paused = true;
                while (_running > 0) Monitor.Wait(_gate);
            }

            try
            {
                return action();
            }
            finally
            {
                lock (_gate)
                {
                    _paused = false;
                    Monitor.PulseAll(_gate);
                }
            }
        }

        public void Dispose()
        {
            lock (_gate)
            {
                _stopped = true;
                Monitor.PulseAll(_gate);
            }

            foreach (var worker in _workers) worker.Join();
        }

        private void Work()
        {
            while (true)
            {
                int index;
                lock (_gate)
                {
                    while (!_stopped && _next < _done.Length && (_paused || _next - _taken >= _window)) Monitor.Wait(_gate);
                    if (_stopped || _next >= _done.Length) return;
                    index = _next++;
                    _running++;
                }

                FileRun? run = null;
                System.Runtime.ExceptionServices.ExceptionDispatchInfo? failure = null;
                try
                {
                    run = _run(index);
                }
                catch (Exception e)
                {
                    failure = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e);
                }

                lock (_gate)
                {
                    _done[index] = run;
                    _failures[index] = failure;
                    _running--;
                    Monitor.PulseAll(_gate);
                }
            }
        }
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
