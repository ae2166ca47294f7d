using EditorialLint.Cli.Fixing;

namespace EditorialLint.Cli.Tests.Fixing;

/// <summary>The diff <c>--fix --dry-run</c> prints: the shape of <c>diff -u</c>, and it applies back exactly.</summary>
public sealed class UnifiedDiffTests
{
    [Fact]
    public void Format_EqualTexts_IsEmpty()
    {
        Assert.Equal(string.Empty, UnifiedDiff.Format("a.txt", "same\n", "same\n"));
    }

    [Fact]
    public void Format_OneChangedLine_ShowsThreeLinesOfContext()
    {
        var before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        var after = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";

        Assert.Equal("--- a.txt\n+++ a.txt\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n", UnifiedDiff.Format("a.txt", before, after));
    }

    [Fact]
    public void Format_ChangesSixLinesApart_ShareOneHunk()
    {
        var before = Numbered(20);
        var after = Numbered(20, (3, "c"), (10, "x"));

        var diff = UnifiedDiff.Format("a.txt", before, after);

        Assert.Single(diff.Split('\n'), l => l.StartsWith("@@", StringComparison.Ordinal));
        Assert.Contains("@@ -1,13 +1,13 @@", diff, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_ChangesSevenLinesApart_GetTwoHunks()
    {
        var before = Numbered(20);
        var after = Numbered(20, (3, "c"), (11, "x"));

        var diff = UnifiedDiff.Format("a.txt", before, after);

        Assert.Contains("@@ -1,6 +1,6 @@", diff, StringComparison.Ordinal);
        Assert.Contains("@@ -8,7 +8,7 @@", diff, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_NoNewlineAtEnd_IsMarked()
    {
        Assert.Equal(
            "--- a.txt\n+++ a.txt\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n",
            UnifiedDiff.Format("a.txt", "a\nb", "a\nc"));
    }

    [Fact]
    public void Format_CrlfLines_KeepTheirCarriageReturns()
    {
        Assert.Equal("--- a.txt\n+++ a.txt\n@@ -1 +1 @@\n-a\r\n+b\r\n", UnifiedDiff.Format("a.txt", "a\r\n", "b\r\n"));
    }

    [Fact]
    public void Format_InsertionIntoAnEmptyFile_CountsFromLineZero()
    {
        Assert.Equal("--- a.txt\n+++ a.txt\n@@ -0,0 +1 @@\n+new\n", UnifiedDiff.Format("a.txt", string.Empty, "new\n"));
    }

    [Fact]
    public void Format_WindowsPath_UsesForwardSlashes()
    {
        Assert.StartsWith("--- articles/a.txt\n+++ articles/a.txt\n", UnifiedDiff.Format(@"articles\a.txt", "a\n", "b\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Format_ManyEdits_AppliesBackToTheNewText()
    {
        // Deterministic pseudo-random edits over lines with and without CRLF and a final newline.
        var random = new Random(20240611);
        string[] pool = ["alpha\n", "beta\n", "gamma\r\n", "delta\n", "\n", "eps\n"];
        for (var round = 0; round < 300; round++)
        {
            var lines = Enumerable.Range(0, random.Next(0, 40)).Select(_ => pool[random.Next(pool.Length)]).ToList();
            var before = string.Concat(lines);
            if (random.Next(4) == 0 && before.Length > 0) before = before[..^1];
            var edited = Lines(before);
            for (var e = random.Next(0, 6); e > 0; e--)
            {
                var at = random.Next(edited.Count + 1);
                switch (random.Next(3))
                {
                    case 0 when edited.Count > 0: edited.RemoveAt(Math.Min(at, edited.Count - 1)); break;
                    case 1: edited.Insert(at, pool[random.Next(pool.Length)]); break;
                    default: if (edited.Count > 0) edited[Math.Min(at, edited.Count - 1)] = pool[random.Next(pool.Length)]; break;
                }
            }

            var after = string.Concat(edited.Select((l, i) => i < edited.Count - 1 && !l.EndsWith('\n') ? l + "\n" : l));
            var diff = UnifiedDiff.Format("f", before, after);

            Assert.Equal(after, Apply(before, diff));
        }
    }

    private static string Numbered(int count, params (int Line, string Text)[] changes) =>
        string.Concat(Enumerable.Range(1, count).Select(i => (changes.FirstOrDefault(c => c.Line == i).Text ?? $"{i}") + "\n"));

    private static List<string> Lines(string text)
    {
        var lines = new List<string>();
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end + 1;
            lines.Add(text[start..end]);
            start = end;
        }

        return lines;
    }

    /// <summary>Applies a unified diff strictly: every context and deleted line must match where the header says.</summary>
    private static string Apply(string before, string diff)
    {
        if (diff.Length == 0) return before;
        var old = Lines(before);
        var result = new List<string>();
        var diffLines = Lines(diff);
        Assert.StartsWith("--- ", diffLines[0], StringComparison.Ordinal);
        Assert.StartsWith("+++ ", diffLines[1], StringComparison.Ordinal);
        var position = 0;
        var i = 2;
        while (i < diffLines.Count)
        {
            var header = diffLines[i++];
            var m = System.Text.RegularExpressions.Regex.Match(header, @"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@\n$");
            Assert.True(m.Success, header);
            var oldStart = int.Parse(m.Groups[1].Value);
            var oldCount = m.Groups[2].Success ? int.Parse(m.Groups[2].Value) : 1;
            var newCount = m.Groups[4].Success ? int.Parse(m.Groups[4].Value) : 1;
            var from = oldCount == 0 ? oldStart : oldStart - 1;
            Assert.True(from >= position, "hunks out of order");
            result.AddRange(old.Skip(position).Take(from - position));
            position = from;
            int seenOld = 0, seenNew = 0;
            while (i < diffLines.Count && !diffLines[i].StartsWith("@@", StringComparison.Ordinal))
            {
                var line = diffLines[i++];
                var body = line[1..];
                if (i < diffLines.Count && diffLines[i] == "\\ No newline at end of file\n")
                {
                    body = body[..^1];
                    i++;
                }

                switch (line[0])
                {
                    case ' ':
                        Assert.Equal(old[position], body);
                        result.Add(body);
                        position++;
                        seenOld++;
                        seenNew++;
                        break;
                    case '-':
                        Assert.Equal(old[position], body);
                        position++;
                        seenOld++;
                        break;
                    case '+':
                        result.Add(body);
                        seenNew++;
                        break;
                    default:
                        Assert.Fail($"unexpected diff line '{line}'");
                        break;
                }
            }

            Assert.Equal(oldCount, seenOld);
            Assert.Equal(newCount, seenNew);
        }

        result.AddRange(old.Skip(position));
        return string.Concat(result);
    }
}
