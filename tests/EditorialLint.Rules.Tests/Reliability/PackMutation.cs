using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;

namespace EditorialLint.Rules.Tests.Reliability;

/// <summary>
/// One change to a rule pack's YAML, of the kinds a hurried edit, a bad merge or a damaged file
/// makes: a line deleted, doubled, swapped or re-indented, a key or value made up, the file cut
/// short, stray characters. Positions are fractions of the file, so any change fits any pack.
/// </summary>
public sealed record PackMutation(int Kind, int At, int Other, int Pick)
{
    private const int Scale = 10_000;

    private static readonly string[] Keys =
    [
        "id", "kind", "category", "severity", "title", "message", "examples", "patterns", "terms", "pairs", "replace", "anchor", "scope",
        "when", "then", "where", "report", "groups", "ignore-case", "bad", "good", "expect", "fixed", "priority", "tags", "colour", "<<", "? ",
    ];

    private static readonly string[] Values =
    [
        "", "~", "null", "[]", "{}", "[", "{", "'", "\"", "\"unterminated", "'it''s'", "&anchor x", "*anchor", "!!binary AAAA", "!custom x",
        "- x", "- - x", "|", ">-", "yes", "no", "true", "0", "-1", "99999999999999999999", "1e400", "0x1F", "EDL0101", "EDL9", "edl0101",
        "existence", "substitution", "consistency", "sentence", "rule", "official-name", "capitalization", "glued-words", "no-such-kind",
        "error", "warning", "suggestion", "fatal", "style", "punctuation", "made-up", "'(a+)+$'", "'['", "'(?<x>'", "'a{99999}'", "'\\\\'",
        "'(?=a)'", "'\\\\k<none>'", "\"{match}\"", "\"{nope}\"", "\"{\"", "[a, [b, c]]", "{a: b}", "Jane Psaki", "\u202e\u0000\uffff",
        "\ud800", "2024-01-01", "!!int x", "? a", ": b", "%YAML 1.2", "---", "...", "#", "\t",
    ];

    /// <summary>What the change does, in words, with the line it hits.</summary>
    public override string ToString() => $"{(Kind % 9) switch
    {
        0 => "delete line",
        1 => "duplicate line",
        2 => "swap lines",
        3 => "re-indent line",
        4 => "insert a key",
        5 => "replace a value",
        6 => "truncate",
        7 => "insert characters",
        _ => "damage a pattern",
    }} at {At}/{Scale} ({Other}, {Pick})";

    /// <summary>Applies <paramref name="mutations"/> to <paramref name="yaml"/> in order.</summary>
    public static string Apply(string yaml, IEnumerable<PackMutation> mutations)
    {
        var lines = yaml.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        foreach (var m in mutations) m.Apply(lines);
        return string.Join('\n', lines);
    }

    private void Apply(List<string> lines)
    {
        if (lines.Count == 0) lines.Add(string.Empty);
        var i = At * lines.Count / Scale;
        var j = Other * lines.Count / Scale;
        switch (Kind % 9)
        {
            case 0:
                lines.RemoveAt(i);
                break;
            case 1:
                lines.Insert(i, lines[i]);
                break;
            case 2:
                (lines[i], lines[j]) = (lines[j], lines[i]);
                break;
            case 3:
                var trimmed = lines[i].TrimStart(' ');
                var indent = lines[i].Length - trimmed.Length;
                lines[i] = Pick % 7 == 0 ? "\t" + lines[i] : new string(' ', Math.Max(0, indent + (Pick % 9) - 4)) + trimmed;
                break;
            case 4:
                lines.Insert(i, $"{new string(' ', Other % 9)}{Keys[Pick % Keys.Length]}: {Values[Other % Values.Length]}");
                break;
            case 5:
                var colon = lines[i].IndexOf(':', StringComparison.Ordinal);
                lines[i] = colon < 0 ? lines[i] + Values[Pick % Values.Length] : lines[i][..(colon + 1)] + " " + Values[Pick % Values.Length];
                break;
            case 6:
                var text = string.Join('\n', lines);
                var cut = (int)((long)At * text.Length / Scale);
                lines.Clear();
                lines.AddRange(text[..cut].Split('\n'));
                break;
            case 7:
                var line = lines[i];
                var at = line.Length == 0 ? 0 : Other % (line.Length + 1);
                var random = new Random(Pick);
                var stray = new StringBuilder();
                for (var n = 1 + (Pick % 6); n > 0; n--) stray.Append((char)random.Next(0, 0x10000));
                lines[i] = line.Insert(at, stray.ToString());
                break;
            default:
                // Regex and template characters dropped into a value, most harmful in patterns.
                string[] bits = ["(", ")", "[", "]", "{", "}", "+", "*", "?", "\\", "(?<=", "(?!", "\\1", "$", "^", "|", "{match}", "{"];
                var l = lines[i];
                var p = l.Length == 0 ? 0 : Other % (l.Length + 1);
                lines[i] = l.Insert(p, bits[Pick % bits.Length]);
                break;
        }
    }

    /// <summary>One to six changes.</summary>
    public static Gen<PackMutation[]> Lists =>
        Gen.Choose(1, 6).SelectMany(n => Gen.ArrayOf(
            from kind in Gen.Choose(0, 8)
            from at in Gen.Choose(0, Scale - 1)
            from other in Gen.Choose(0, Scale - 1)
            from pick in Gen.Choose(0, 1_000_000)
            select new PackMutation(kind, at, other, pick), n));

    /// <summary>Shrinks a list of changes by dropping changes.</summary>
    public static IEnumerable<PackMutation[]> Shrink(PackMutation[] mutations)
    {
        for (var i = 0; i < mutations.Length; i++) yield return mutations.Where((_, k) => k != i).ToArray();
    }

    /// <summary>A pack file's text quoted for a failure message.</summary>
    public static string Quote(string yaml) => JsonSerializer.Serialize(yaml);
}
