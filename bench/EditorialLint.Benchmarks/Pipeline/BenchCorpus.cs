namespace EditorialLint.Benchmarks.Pipeline;

/// <summary>
/// The articles the pipeline benchmarks read: the files of <c>EDL_BENCH_CORPUS</c> when it names a
/// folder (bench/run.sh's corpus), else articles built as make_corpus.py builds them, from the
/// seed articles' paragraphs (12 to 30 each, a fixed seed), so the defects per megabyte stay
/// those of the seeds.
/// </summary>
public static class BenchCorpus
{
    /// <summary>The repository's root (the folder holding EditorialLint.sln).</summary>
    public static string Root()
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "EditorialLint.sln"))) dir = Path.GetDirectoryName(dir);
        return dir ?? throw new InvalidOperationException("cannot find EditorialLint.sln above " + AppContext.BaseDirectory);
    }

    /// <summary>Reads or builds <paramref name="count"/> articles.</summary>
    public static string[] Articles(int count)
    {
        var folder = Environment.GetEnvironmentVariable("EDL_BENCH_CORPUS");
        if (!string.IsNullOrEmpty(folder) && Directory.Exists(folder))
            return Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Take(count).Select(File.ReadAllText).ToArray();

        var paragraphs = Directory.GetFiles(Path.Combine(Root(), "fixtures", "articles"), "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllText(f).Split("\n\n")).Where(p => p.Trim().Length > 0).ToArray();
        var random = new Random(7);
        var articles = new string[count];
        for (var i = 0; i < count; i++)
        {
            var k = random.Next(12, 31);
            articles[i] = string.Join("\n\n", Enumerable.Range(0, k).Select(_ => paragraphs[random.Next(paragraphs.Length)])) + "\n";
        }

        return articles;
    }

    /// <summary>Characters of text in <paramref name="articles"/>, for throughput.</summary>
    public static long Characters(IEnumerable<string> articles) => articles.Sum(a => (long)a.Length);
}
