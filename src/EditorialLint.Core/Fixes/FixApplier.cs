using EditorialLint.Core.Diagnostics;

namespace EditorialLint.Core.Fixes;

/// <summary>Applies fixes to a text: in offset order, skipping any fix that overlaps one already taken.</summary>
public static class FixApplier
{
    /// <summary>Applies <paramref name="fixes"/> to <paramref name="text"/>; returns the new text and how many were applied.</summary>
    public static (string Text, int Applied) Apply(string text, IEnumerable<Fix> fixes)
    {
        var ordered = fixes.Where(f => f.Offset >= 0 && f.Length >= 0 && (long)f.Offset + f.Length <= text.Length)
            .OrderBy(f => f.Offset).ThenBy(f => f.Length).ToList();
        var sb = new System.Text.StringBuilder(text.Length + 16);
        var position = 0;
        var applied = 0;
        foreach (var fix in ordered)
        {
            if (fix.Offset < position) continue; // overlaps a fix already applied: left for the next pass
            sb.Append(text, position, fix.Offset - position);
            sb.Append(fix.Replacement);
            position = fix.Offset + fix.Length;
            applied++;
        }

        sb.Append(text, position, text.Length - position);
        return (sb.ToString(), applied);
    }
}
