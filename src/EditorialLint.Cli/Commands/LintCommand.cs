using EditorialLint.Cli.Formatters;
using EditorialLint.Cli.Inputs;
using EditorialLint.Core.Articles;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Reading;
using EditorialLint.Rules.Running;

namespace EditorialLint.Cli.Commands;

/// <summary><c>editorial-lint lint</c>: lints files, folders, globs and standard input.</summary>
public static class LintCommand
{
    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter output, TextWriter errors)
    {
        var reader = new ArgumentReader("lint", args);
        var rules = new RuleSetChoice();
        var paths = new List<string>();
        var format = "text";
        var minSeverity = Severity.Suggestion;
        var jobs = Environment.ProcessorCount;
        while (reader.TryNext(out var raw))
        {
            if (!raw.StartsWith("--", StringComparison.Ordinal) || raw == "-")
            {
                paths.Add(raw);
                continue;
            }

            var option = reader.Option(raw);
            if (rules.TryRead(option, reader)) continue;
            switch (option)
            {
                case "--format":
                    format = reader.Value(option);
                    if (format is not ("text" or "json"))
                        throw new UsageException($"lint: unknown --format '{format}'; use text or json");
                    break;
                case "--min-severity":
                    var name = reader.Value(option);
                    if (!SeverityNames.TryParse(name, out minSeverity))
                        throw new UsageException($"lint: unknown --min-severity '{name}'; use suggestion, warning or error");
                    break;
                case "--jobs":
                    var value = reader.Value(option);
                    if (!int.TryParse(value, out jobs) || jobs < 1)
                        throw new UsageException($"lint: --jobs needs a whole number of 1 or more, not '{value}'");
                    break;
                default:
                    throw reader.Unknown(option);
            }
        }

        if (paths.Count == 0) throw new UsageException("lint: name at least one file, folder, glob or - for standard input");
        var compiled = rules.Load();
        var linter = new ArticleLinter(compiled);
        var problems = new List<string>();
        var inputs = InputExpander.Expand(paths, problems);
        var reports = new FileReport?[inputs.Count];
        var failures = new string?[inputs.Count];
        string? stdinText = inputs.Any(i => i.IsStdin) ? stdin.ReadToEnd() : null;
        Parallel.For(0, inputs.Count, new ParallelOptions { MaxDegreeOfParallelism = jobs }, i =>
        {
            var input = inputs[i];
            try
            {
                var article = input.IsStdin
                    ? ArticleReader.Read(input.Path, System.Text.Encoding.UTF8.GetBytes(stdinText!), ArticleFormat.Text)
                    : ArticleReader.Read(input.Path, File.ReadAllBytes(input.Path));
                var result = linter.Lint(article);
                var kept = result.Diagnostics.Where(d => d.Severity >= minSeverity).ToList();
                reports[i] = new FileReport(input.Path, article.Source.Text, kept);
                if (result.Timeouts.Count > 0)
                    failures[i] = $"{input.Path}: rule {string.Join(", ", result.Timeouts.Distinct())} ran past its time limit and was skipped for this file";
            }
            catch (Exception e) when (e is UnreadableInputException or InvalidArticleException or IOException or UnauthorizedAccessException)
            {
                failures[i] = e is UnreadableInputException or InvalidArticleException ? e.Message : $"{input.Path}: cannot read: {e.Message}";
            }
        });

        foreach (var p in problems) errors.WriteLine($"editorial-lint: {p}");
        var unreadable = problems.Count > 0;
        for (var i = 0; i < inputs.Count; i++)
        {
            if (failures[i] is { } f)
            {
                errors.WriteLine($"editorial-lint: {f}");
                unreadable |= reports[i] is null;
            }
        }

        var files = reports.Where(r => r is not null).Select(r => r!).ToList();
        IFormatter formatter = format == "json"
            ? new JsonFormatter()
            : new TextFormatter(color: !Console.IsOutputRedirected && ReferenceEquals(output, Console.Out) && Environment.GetEnvironmentVariable("NO_COLOR") is null);
        formatter.Write(output, files);
        if (unreadable) return 2;
        return files.Any(f => f.Diagnostics.Any(d => d.Severity == Severity.Error)) ? 1 : 0;
    }
}
