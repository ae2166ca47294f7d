using System.Diagnostics;
using System.Text;
using EditorialLint.Core.Reading;
using EditorialLint.Core.Segmentation;
using EditorialLint.Rules.Compilation;
using EditorialLint.Rules.Facts;
using EditorialLint.Rules.Matching;
using EditorialLint.Rules.Packs;
using EditorialLint.Rules.Running;

namespace EditorialLint.Benchmarks.Pipeline;

/// <summary>
/// A stopwatch breakdown of the per-article pipeline, stage by stage, on one thread: reading,
/// segmenting, each scanner, the rule session, and turning reports into findings; then the whole
/// <see cref="ArticleLinter.Lint"/> for comparison. Not a benchmark (no statistics): a map of where
/// the time goes. <c>stages [--rules PATH]... [--no-default-rules] [--articles N] [--rounds R] [--patterns]</c>.
/// </summary>
public static class StageProfile
{
    /// <summary>Runs the profile and prints the table.</summary>
    public static void Run(string[] args)
    {
        var sources = new List<RuleSource>();
        var shipped = true;
        int articles = 1000, rounds = 3;
        var patterns = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--rules": sources.Add(RuleSource.FromPath(args[++i])); break;
                case "--no-default-rules": shipped = false; break;
                case "--articles": articles = int.Parse(args[++i]); break;
                case "--rounds": rounds = int.Parse(args[++i]); break;
                case "--patterns": patterns = true; break;
                default: throw new ArgumentException($"stages: unknown argument {args[i]}");
            }
        }

        if (shipped) sources.Insert(0, RuleSource.Shipped);
        var started = Stopwatch.GetTimestamp();
        var rules = RuleSetCompiler.Load(sources);
        var loadMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var linter = new ArticleLinter(rules);
        var texts = BenchCorpus.Articles(articles);
        var bytes = texts.Select(t => Encoding.UTF8.GetBytes(t)).ToArray();
        var names = new List<string> { "read", "segment" };
        names.AddRange(rules.Scanners.Select((s, i) => $"scan {i}: {s.GetType().Name}{Describe(s)}"));
        names.AddRange(["session: create, insert segments", "session: insert scan facts", "session: fire", "reports -> findings", "sum of stages", "ArticleLinter.Lint (whole)"]);
        var ticks = new long[names.Count];
        var allocated = new long[names.Count];

        for (var round = 0; round <= rounds; round++)
        {
            var measured = round > 0; // round 0 warms up the JIT
            for (var a = 0; a < texts.Length; a++)
            {
                var stage = 0;
                var b0 = GC.GetAllocatedBytesForCurrentThread();
                var t0 = Stopwatch.GetTimestamp();
                var article = ArticleReader.Read("a.txt", bytes[a]);
                Lap(ref t0, stage++);
                var segmentation = Segmenter.Segment(article.Text);
                Lap(ref t0, stage++);
                var scan = new ScanContext(segmentation);
                foreach (var scanner in rules.Scanners)
                {
                    scanner.Scan(scan);
                    Lap(ref t0, stage++);
                }

                var session = rules.Factory.CreateSession();
                session.Insert(new ArticleInfo("a.txt", article.Text.Length, segmentation.Paragraphs.Count, segmentation.Sentences.Count,
                    segmentation.Headline is not null));
                session.Insert(HouseStyle.None);
                session.InsertAll(segmentation.Paragraphs);
                session.InsertAll(segmentation.Sentences);
                session.InsertAll(segmentation.Quotations);
                Lap(ref t0, stage++);
                foreach (var fact in scan.Facts)
                {
                    if (fact is not PatternTimeout) session.Insert(fact);
                }

                Lap(ref t0, stage++);
                session.Fire();
                Lap(ref t0, stage++);
                var count = 0;
                foreach (var report in session.Query<Report>())
                {
                    var descriptor = rules.Descriptors[report.RuleId];
                    var values = new Dictionary<string, string>(report.Values) { ["match"] = article.Text.Substring(report.Start, report.Length) };
                    count += descriptor.FormatMessage(values).Length;
                }

                Lap(ref t0, stage++);
                var wholeBytes = GC.GetAllocatedBytesForCurrentThread();
                var whole = Stopwatch.GetTimestamp();
                linter.Lint(article);
                if (measured)
                {
                    ticks[stage + 1] += Stopwatch.GetTimestamp() - whole;
                    allocated[stage + 1] += GC.GetAllocatedBytesForCurrentThread() - wholeBytes;
                }

                void Lap(ref long from, int index)
                {
                    var now = Stopwatch.GetTimestamp();
                    var bytesNow = GC.GetAllocatedBytesForCurrentThread();
                    if (measured)
                    {
                        ticks[index] += now - from;
                        allocated[index] += bytesNow - b0;
                    }

                    from = now;
                    b0 = bytesNow;
                }
            }
        }

        ticks[^2] = ticks[..^2].Sum();
        allocated[^2] = allocated[..^2].Sum();
        var perArticle = 1e6 / Stopwatch.Frequency / rounds / texts.Length;
        var chars = BenchCorpus.Characters(texts);
        Console.WriteLine($"rules: {rules.Specs.Count} ({rules.Scanners.Count} scanners), loaded in {loadMs:F0} ms; " +
            $"{texts.Length} articles, {chars / 1e6:F2} M chars, {rounds} rounds, load average {LoadAverage()}");
        Console.WriteLine($"{"stage",-60} {"us/article",12} {"share",7} {"KB/article",11}");
        for (var i = 0; i < names.Count; i++)
        {
            var us = ticks[i] * perArticle;
            var kb = allocated[i] / 1024.0 / rounds / texts.Length;
            Console.WriteLine($"{names[i],-60} {us,12:F1} {100.0 * ticks[i] / ticks[^2],6:F1}% {kb,11:F1}");
        }

        var wholeSeconds = ticks[^1] / (double)Stopwatch.Frequency / rounds;
        Console.WriteLine($"whole lint: {chars / 1e6 / wholeSeconds:F2} M chars/s on one thread");
        if (patterns) ProfilePatterns(rules, texts);
    }

    /// <summary>Each pattern alone over the whole corpus: the costliest ones, with their share of all patterns' time.</summary>
    private static void ProfilePatterns(CompiledRuleSet rules, string[] texts)
    {
        var search = rules.Scanners.OfType<PatternSearch>().Single();
        var field = typeof(PatternSearch).GetField("_entries", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance);
        if (field?.GetValue(search) is not PatternEntry[] entries) return;
        // The literals a pattern's matches must contain, if PatternSearch works them out (private; read for profiling only).
        var analysis = typeof(PatternSearch).GetNestedType("RequiredLiterals", System.Reflection.BindingFlags.NonPublic)
            ?.GetMethod("Of", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static);
        var times = new (double Ms, int Hits, int Runs, string Literals, PatternEntry Entry)[entries.Length];
        var violations = 0;
        for (var e = 0; e < entries.Length; e++)
        {
            var hits = 0;
            var regex = entries[e].Regex;
            // Hot patterns run compiled to IL (PatternSearch compiles them in the background), so measure that.
            if ((regex.Options & System.Text.RegularExpressions.RegexOptions.NonBacktracking) == 0)
                regex = new System.Text.RegularExpressions.Regex(regex.ToString(), regex.Options | System.Text.RegularExpressions.RegexOptions.Compiled, regex.MatchTimeout);
            var literals = analysis?.Invoke(null, [regex.ToString(), (regex.Options & System.Text.RegularExpressions.RegexOptions.IgnoreCase) != 0]) as string[];
            // A pattern with a leading run is searched as PatternSearch searches it: from the characters after the run.
            var leading = LeadingRun.Of(entries[e].Regex.ToString(), entries[e].Regex.Options);
            var anchored = leading is null ? null
                : new System.Text.RegularExpressions.Regex(LeadingRun.Anchored(regex.ToString()), regex.Options, regex.MatchTimeout);
            var runs = texts.Where(t => literals is null || literals.Any(l => t.Contains(l, StringComparison.OrdinalIgnoreCase))).ToArray();
            // The filter must never skip an article the pattern matches.
            violations += texts.Except(runs).Count(t => regex.IsMatch(t));
            // One untimed pass first: a compiled regex's first calls, and the first pattern's, would otherwise be timed.
            foreach (var text in runs) Count(regex, leading, anchored, text);
            var started = Stopwatch.GetTimestamp();
            foreach (var text in runs) hits += Count(regex, leading, anchored, text);

            var shownLiterals = literals is null ? "(always runs)" : string.Join(" | ", literals.Take(4)) + (literals.Length > 4 ? $" | +{literals.Length - 4}" : "");
            times[e] = (Stopwatch.GetElapsedTime(started).TotalMilliseconds, hits, runs.Length, shownLiterals, entries[e]);
        }

        var total = times.Sum(t => t.Ms);
        Console.WriteLine($"patterns: {total:F0} ms over the corpus on the articles each runs on; {times.Sum(t => t.Runs) / (double)texts.Length:F1} of {entries.Length} run per article; " +
            $"{violations} articles skipped by the literal filter that the pattern matches (must be 0); the costliest:");
        foreach (var t in times.OrderByDescending(t => t.Ms).Take(25))
        {
            var shown = t.Entry.Regex.ToString();
            Console.WriteLine($"{t.Ms,8:F1} ms {100 * t.Ms / total,5:F1}% runs {t.Runs,5} {t.Entry.RuleId} {(shown.Length > 60 ? shown[..60] + "…" : shown)}  needs [{t.Literals}]");
        }
    }

    /// <summary>The number of matches of <paramref name="regex"/> in <paramref name="text"/>, found the way PatternSearch finds them.</summary>
    private static int Count(System.Text.RegularExpressions.Regex regex, LeadingRun? leading, System.Text.RegularExpressions.Regex? anchored, string text)
    {
        var hits = 0;
        if (leading is null || anchored is null)
        {
            for (var m = regex.Match(text); m.Success; m = m.NextMatch()) hits++;
            return hits;
        }

        var cursor = new LeadingRun.Cursor(leading, text);
        while (cursor.NextMatch(at => anchored.Match(text, at), out _)) hits++;

        return hits;
    }

    private static string Describe(IScanner scanner) => scanner switch
    {
        TermSearch t => $" ({t.Count} terms)",
        PatternSearch p => $" ({p.Count} patterns)",
        _ => "",
    };

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
