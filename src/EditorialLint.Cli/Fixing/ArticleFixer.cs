using EditorialLint.Core.Policy;
using EditorialLint.Core.Articles;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Fixes;
using EditorialLint.Core.Reading;
using EditorialLint.Rules.Running;

namespace EditorialLint.Cli.Fixing;

/// <summary>
/// Applies the unambiguous fixes of one article in passes: each pass applies the fixes that do not
/// overlap, re-reads and re-lints the result, and the next pass takes what was left, until a pass
/// has nothing to apply. The result is a fixed point, so fixing it again changes nothing.
/// </summary>
/// <param name="linter">The linter whose diagnostics are fixed.</param>
/// <param name="policy">The policy whose diagnostics are reported and fixed (severities, suppressions, minimum severity).</param>
public sealed class ArticleFixer(ArticleLinter linter, LintPolicy policy)
{
    /// <summary>The most passes over one article; a rule pack whose fixes undo each other stops here.</summary>
    public const int MaxPasses = 5;

    /// <summary>Fixes <paramref name="article"/> in memory; nothing is written.</summary>
    public FixOutcome Fix(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var current = article;
        var (diagnostics, timeouts) = Lint(current);
        var timedOut = new SortedSet<string>(timeouts, StringComparer.Ordinal);
        var applied = 0;
        var notes = new List<string>();
        for (var pass = 1; ; pass++)
        {
            var choice = FixSelection.Choose(current, diagnostics);
            if (choice.Fixes.Count == 0)
            {
                notes.AddRange(choice.Notes);
                break;
            }

            if (pass > MaxPasses)
            {
                notes.AddRange(choice.Notes);
                notes.Add($"{article.Path}: fixes still apply after {MaxPasses} passes (rules that undo each other?); stopped, run --fix again to go on");
                break;
            }

            var (text, count) = FixApplier.Apply(current.Source.Text, choice.Fixes);
            if (string.Equals(text, current.Source.Text, StringComparison.Ordinal))
            {
                notes.AddRange(choice.Notes);
                break;
            }

            Article next;
            try
            {
                var source = new SourceText(current.Source.Path, text, current.Source.Encoding, current.Source.HasBom);
                next = ArticleReader.GetReader(current.Format).Read(source);
            }
            catch (UnreadableInputException e)
            {
                // Never write what the tool itself cannot read back; keep the last readable text.
                notes.Add($"{article.Path}: a fix would leave the file unreadable ({e.Message}); stopped before it");
                break;
            }

            current = next;
            applied += count;
            (diagnostics, timeouts) = Lint(current);
            timedOut.UnionWith(timeouts);
        }

        return new FixOutcome(article, current, diagnostics, applied, notes, [.. timedOut]);
    }

    /// <summary>The bytes of <paramref name="source"/> as its file held them: same encoding, same byte-order mark.</summary>
    public static byte[] Encode(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var preamble = source.HasBom ? source.Encoding.GetPreamble() : [];
        var body = source.Encoding.GetBytes(source.Text);
        if (preamble.Length == 0) return body;
        var bytes = new byte[preamble.Length + body.Length];
        preamble.CopyTo(bytes, 0);
        body.CopyTo(bytes, preamble.Length);
        return bytes;
    }

    private (IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Timeouts) Lint(Article article)
    {
        var result = linter.Lint(article);
        return (policy.Apply(article, result.Diagnostics), result.Timeouts);
    }
}
