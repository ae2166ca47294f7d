using System.Text;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Fixes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace EditorialLint.Core.Tests.Reliability;

/// <summary>
/// <see cref="FixApplier"/> over any text and any fixes inside it, overlapping, nested, empty or
/// repeated: it applies exactly the fixes its documentation names (in offset order, each one that
/// does not overlap a fix already taken) and leaves every other character where it was.
/// </summary>
public sealed class FixApplierProperties
{
    /// <summary>A text and fixes that lie inside it.</summary>
    public sealed record Case(string Text, Fix[] Fixes)
    {
        public override string ToString() =>
            $"{System.Text.Json.JsonSerializer.Serialize(Text)} with {string.Join("; ", Fixes.Select(f => $"{f.Offset}+{f.Length}->{System.Text.Json.JsonSerializer.Serialize(f.Replacement)}"))}";
    }

    public static Arbitrary<Case> Cases() =>
        Arb.From(
            ReadingProperties.Texts.SelectMany(text => Gen.ArrayOf(FixIn(text)).Select(fixes => new Case(text, fixes))),
            c => Enumerable.Range(0, c.Fixes.Length).Select(i => c with { Fixes = c.Fixes.Where((_, k) => k != i).ToArray() }));

    [Property(MaxTest = 500, Arbitrary = [typeof(FixApplierProperties)])]
    public void Apply_AnyFixesInsideTheText_AppliesTheOnesThatDoNotOverlapEarlierOnesAndNothingElse(Case c)
    {
        var (result, applied) = FixApplier.Apply(c.Text, c.Fixes);

        // The documented choice: in offset order (shorter first on a tie), skipping a fix that
        // starts inside one already taken.
        var expected = new StringBuilder();
        var position = 0;
        var taken = 0;
        foreach (var fix in c.Fixes.OrderBy(f => f.Offset).ThenBy(f => f.Length))
        {
            if (fix.Offset < position) continue;
            expected.Append(c.Text, position, fix.Offset - position).Append(fix.Replacement);
            position = fix.Offset + fix.Length;
            taken++;
        }

        expected.Append(c.Text, position, c.Text.Length - position);
        Assert.Equal(expected.ToString(), result);
        Assert.Equal(taken, applied);
    }

    [Fact]
    public void Apply_FixesOutsideTheText_AreLeftOut()
    {
        var (result, applied) = FixApplier.Apply("abc", [new Fix(2, 5, "x"), new Fix(-1, 1, "y"), new Fix(4, 0, "z")]);

        Assert.Equal("abc", result);
        Assert.Equal(0, applied);
    }

    [Theory]
    [InlineData(2, -1)]
    [InlineData(int.MaxValue, 1)]
    public void Apply_FixWithANegativeOrHugeSpan_IsLeftOut(int offset, int length)
    {
        var (result, applied) = FixApplier.Apply("abc", [new Fix(offset, length, "x")]);

        Assert.Equal("abc", result);
        Assert.Equal(0, applied);
    }

    private static Gen<Fix> FixIn(string text) =>
        from start in Gen.Choose(0, text.Length)
        from length in Gen.Choose(0, Math.Min(6, text.Length - start))
        from replacement in Gen.Elements("", "x", "\u2019", "\U0001F600", "\r\n", "longer replacement")
        select new Fix(start, length, replacement);
}
