using System.Text;

namespace EditorialLint.Cli.Fixing;

/// <summary>
/// A unified diff (as <c>diff -u</c> writes it) between two versions of one file: <c>---</c>/<c>+++</c>
/// headers, <c>@@</c> hunks with three lines of context, and the "No newline at end of file" marker.
/// </summary>
public static class UnifiedDiff
{
    /// <summary>Lines of unchanged text shown around each change.</summary>
    public const int ContextLines = 3;

    /// <summary>
    /// The diff from <paramref name="before"/> to <paramref name="after"/>, both named
    /// <paramref name="path"/>; empty when the texts are equal. Lines keep their own endings, so a
    /// CRLF file's diff applies back to it byte for byte.
    /// </summary>
    public static string Format(string path, string before, string after)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (string.Equals(before, after, StringComparison.Ordinal)) return string.Empty;

        var a = SplitLines(before);
        var b = SplitLines(after);
        var edits = Diff(a, b);
        var sb = new StringBuilder();
        var name = path.Replace('\\', '/');
        sb.Append("--- ").Append(name).Append('\n');
        sb.Append("+++ ").Append(name).Append('\n');

        var i = 0;
        while (i < edits.Count)
        {
            if (edits[i].Kind == EditKind.Equal)
            {
                i++;
                continue;
            }

            // A hunk runs from this change to the last change whose gap to the next is short
            // enough for their contexts to touch.
            var first = i;
            var last = i;
            for (var j = i + 1; j < edits.Count; j++)
            {
                if (edits[j].Kind == EditKind.Equal) continue;
                if (j - last - 1 > 2 * ContextLines) break;
                last = j;
            }

            var from = Math.Max(0, first - ContextLines);
            var to = Math.Min(edits.Count - 1, last + ContextLines);
            while (from < first && edits[from].Kind != EditKind.Equal) from++;
            WriteHunk(sb, edits, from, to, a, b);
            i = to + 1;
        }

        return sb.ToString();
    }

    private static void WriteHunk(StringBuilder sb, List<Edit> edits, int from, int to, string[] a, string[] b)
    {
        int oldCount = 0, newCount = 0;
        for (var k = from; k <= to; k++)
        {
            if (edits[k].Kind != EditKind.Insert) oldCount++;
            if (edits[k].Kind != EditKind.Delete) newCount++;
        }

        var oldStart = edits[from].OldIndex + (oldCount == 0 ? 0 : 1);
        var newStart = edits[from].NewIndex + (newCount == 0 ? 0 : 1);
        sb.Append("@@ -").Append(Range(oldStart, oldCount)).Append(" +").Append(Range(newStart, newCount)).Append(" @@\n");
        for (var k = from; k <= to; k++)
        {
            var edit = edits[k];
            var (prefix, line) = edit.Kind switch
            {
                EditKind.Delete => ('-', a[edit.OldIndex]),
                EditKind.Insert => ('+', b[edit.NewIndex]),
                _ => (' ', a[edit.OldIndex]),
            };
            sb.Append(prefix).Append(line);
            if (!line.EndsWith('\n')) sb.Append("\n\\ No newline at end of file\n");
        }
    }

    private static string Range(int start, int count) => count == 1 ? $"{start}" : $"{start},{count}";

    /// <summary>The lines of <paramref name="text"/>, each with its <c>'\n'</c> (and any <c>'\r'</c> before it).</summary>
    private static string[] SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end + 1;
            lines.Add(text[start..end]);
            start = end;
        }

        return [.. lines];
    }

    /// <summary>A shortest edit script by Myers' O(ND) algorithm, after trimming the common ends.</summary>
    private static List<Edit> Diff(string[] a, string[] b)
    {
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && string.Equals(a[prefix], b[prefix], StringComparison.Ordinal)) prefix++;
        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix
               && string.Equals(a[a.Length - 1 - suffix], b[b.Length - 1 - suffix], StringComparison.Ordinal)) suffix++;

        var edits = new List<Edit>(a.Length + b.Length);
        for (var k = 0; k < prefix; k++) edits.Add(new Edit(EditKind.Equal, k, k));
        Middle(a, b, prefix, a.Length - suffix, prefix, b.Length - suffix, edits);
        for (var k = suffix; k > 0; k--) edits.Add(new Edit(EditKind.Equal, a.Length - k, b.Length - k));
        return edits;
    }

    private static void Middle(string[] a, string[] b, int aStart, int aEnd, int bStart, int bEnd, List<Edit> edits)
    {
        var n = aEnd - aStart;
        var m = bEnd - bStart;
        var max = n + m;
        if (max == 0) return;

        // trace[d] holds V (furthest x on each diagonal k, stored at k + d) after step d.
        var trace = new List<int[]>();
        var v = new int[3];
        var found = -1;
        for (var d = 0; d <= max && found < 0; d++)
        {
            var next = new int[(2 * d) + 1];
            for (var k = -d; k <= d; k += 2)
            {
                int x;
                if (k == -d || (k != d && Get(v, d - 1, k - 1) < Get(v, d - 1, k + 1)))
                {
                    x = Get(v, d - 1, k + 1); // down: an insertion
                }
                else
                {
                    x = Get(v, d - 1, k - 1) + 1; // right: a deletion
                }

                var y = x - k;
                while (x < n && y < m && string.Equals(a[aStart + x], b[bStart + y], StringComparison.Ordinal))
                {
                    x++;
                    y++;
                }

                next[k + d] = x;
                if (x >= n && y >= m)
                {
                    found = d;
                    break;
                }
            }

            trace.Add(next);
            v = next;
        }

        // Walk back from (n, m) to (0, 0), collecting the edits in reverse.
        var reversed = new List<Edit>();
        int cx = n, cy = m;
        for (var d = found; d > 0; d--)
        {
            var prev = trace[d - 1];
            var k = cx - cy;
            var down = k == -d || (k != d && Get(prev, d - 1, k - 1) < Get(prev, d - 1, k + 1));
            var prevK = down ? k + 1 : k - 1;
            var prevX = Get(prev, d - 1, prevK);
            var prevY = prevX - prevK;
            var startX = down ? prevX : prevX + 1;
            while (cx > startX)
            {
                cx--;
                cy--;
                reversed.Add(new Edit(EditKind.Equal, aStart + cx, bStart + cy));
            }

            if (down)
            {
                reversed.Add(new Edit(EditKind.Insert, aStart + prevX, bStart + prevY));
            }
            else
            {
                reversed.Add(new Edit(EditKind.Delete, aStart + prevX, bStart + prevY));
            }

            cx = prevX;
            cy = prevY;
        }

        while (cx > 0)
        {
            cx--;
            cy--;
            reversed.Add(new Edit(EditKind.Equal, aStart + cx, bStart + cy));
        }

        reversed.Reverse();
        edits.AddRange(reversed);
    }

    // V for step d is stored shifted by d; step -1 (before the first) reads as x = 0 on diagonal 1.
    private static int Get(int[] v, int d, int k) => d < 0 ? 0 : v[k + d];

    private enum EditKind
    {
        Equal,
        Delete,
        Insert,
    }

    /// <summary>One line kept, deleted or inserted; indexes are where the edit stands in each file.</summary>
    private readonly record struct Edit(EditKind Kind, int OldIndex, int NewIndex);
}
