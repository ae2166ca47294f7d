using System.Linq.Expressions;
using EditorialLint.Core.Segmentation;
using EditorialLint.Rules.Expressions;

namespace EditorialLint.Rules.Tests.Expressions;

public class ConditionParserTests
{
    private static readonly ParameterExpression S = Expression.Parameter(typeof(Sentence), "s");
    private static readonly ParameterExpression T = Expression.Parameter(typeof(Token), "t");
    private static readonly Dictionary<string, ParameterExpression> Scope = new() { ["s"] = S, ["t"] = T };

    private static Sentence Sentence(string text, int start = 0, bool headline = false, bool first = true, bool lastInArticle = true) =>
        new(0, 0, start, text.Length, text, headline, first, true, lastInArticle, 0, 0);

    private static bool Holds(string condition, Sentence sentence)
    {
        var lambda = ConditionParser.ParseCondition(condition, Scope, S);
        Assert.Equal([S], lambda.Parameters);
        return (bool)lambda.Compile().DynamicInvoke(sentence)!;
    }

    private static bool HoldsForToken(string condition, Token token) =>
        (bool)ConditionParser.ParseCondition(condition, Scope, T).Compile().DynamicInvoke(token)!;

    private static ExpressionSyntaxException Refuse(string condition) =>
        Assert.Throws<ExpressionSyntaxException>(() => ConditionParser.ParseCondition(condition, Scope, S));

    [Theory]
    [InlineData(true, false, false, true)]
    [InlineData(false, true, true, true)]
    [InlineData(false, true, false, false)]
    [InlineData(true, true, false, true)]
    public void Parse_AndBindsTighterThanOr(bool headline, bool first, bool last, bool expected)
    {
        var sentence = Sentence("Talks resumed.", headline: headline, first: first, lastInArticle: last);

        Assert.Equal(expected, Holds("s.IsHeadline || s.IsFirstInParagraph && s.IsLastInArticle", sentence));
    }

    [Fact]
    public void Parse_ParenthesesOverridePrecedence()
    {
        var sentence = Sentence("Talks resumed.", headline: true, first: true, lastInArticle: false);

        Assert.True(Holds("s.IsHeadline || s.IsFirstInParagraph && s.IsLastInArticle", sentence));
        Assert.False(Holds("(s.IsHeadline || s.IsFirstInParagraph) && s.IsLastInArticle", sentence));
    }

    [Fact]
    public void Parse_NotBindsTighterThanAnd()
    {
        var sentence = Sentence("Talks resumed.", headline: false, first: false);

        Assert.False(Holds("!s.IsHeadline && s.IsFirstInParagraph", sentence));
        Assert.True(Holds("!(s.IsHeadline && s.IsFirstInParagraph)", sentence));
        Assert.True(Holds("!!!s.IsHeadline", sentence));
    }

    [Theory]
    [InlineData("s.Length == 14", true)]
    [InlineData("s.Length != 14", false)]
    [InlineData("s.Length < 14", false)]
    [InlineData("s.Length <= 14", true)]
    [InlineData("s.Length > 13", true)]
    [InlineData("s.Length >= 15", false)]
    [InlineData("s.Start + s.Length == s.End", true)]
    [InlineData("20 - 4 - 2 == s.Length", true)]
    [InlineData("s.Length - 4 > 9", true)]
    [InlineData("-s.Length < 0", true)]
    public void Parse_Comparisons_BindLooserThanArithmetic(string condition, bool expected)
    {
        Assert.Equal(expected, Holds(condition, Sentence("Talks resumed.", start: 10)));
    }

    [Theory]
    [InlineData("s.Length > 13.5", true)]
    [InlineData("s.Length < 14.25", true)]
    [InlineData("s.Length == 14.0", true)]
    [InlineData("13.9 > s.Length", false)]
    public void Parse_IntComparedWithDecimal_WidensBoth(string condition, bool expected)
    {
        Assert.Equal(expected, Holds(condition, Sentence("Talks resumed.")));
    }

    [Fact]
    public void Parse_PropertyNames_IgnoreCase()
    {
        Assert.True(Holds("s.length == 14 && s.TEXT == 'Talks resumed.' && s.isFirstInParagraph", Sentence("Talks resumed.")));
    }

    [Theory]
    [InlineData("s.Text.startsWith('Recall')", true)]
    [InlineData("s.Text.StartsWith('recall')", false)]
    [InlineData("s.Text.endsWith(\"May.\")", true)]
    [InlineData("s.Text.contains('talks stalled')", true)]
    [InlineData("s.Text.contains('Talks')", false)]
    [InlineData("s.Text == 'Recall that the talks stalled in May.'", true)]
    [InlineData("s.Text != null", true)]
    [InlineData("s.Text == 'Recall' + ' that the talks stalled in May.'", true)]
    [InlineData("'n' + s.Length == 'n37'", true)]
    public void Parse_StringMethodsAndComparisons_AreOrdinal(string condition, bool expected)
    {
        Assert.Equal(expected, Holds(condition, Sentence("Recall that the talks stalled in May.")));
    }

    [Theory]
    [InlineData("s.Text != 'Recall that the talks stalled in May.'", false)]
    [InlineData("s.Text != 'Recall'", true)]
    public void Parse_StringInequality_ComparesValuesThroughStringEquality(string condition, bool expected)
    {
        // A native build cannot find string's != by name, and a tree without it compares references:
        // != is written as the negation of string's ==, which it can find.
        var lambda = ConditionParser.ParseCondition(condition, Scope, S);
        var not = Assert.IsAssignableFrom<UnaryExpression>(lambda.Body);
        Assert.Equal(ExpressionType.Not, not.NodeType);
        var equal = Assert.IsAssignableFrom<BinaryExpression>(not.Operand);
        Assert.Equal(ExpressionType.Equal, equal.NodeType);
        Assert.Equal("op_Equality", equal.Method?.Name);
        Assert.Equal(expected, Holds(condition, Sentence("Recall that the talks stalled in May.")));
    }

    [Theory]
    [InlineData("t.Kind == 'Number'", true)]
    [InlineData("t.Kind == 'number'", true)]
    [InlineData("'Number' == t.Kind", true)]
    [InlineData("t.Kind != 'Word'", true)]
    [InlineData("t.Kind == 'Url'", false)]
    public void Parse_EnumComparedWithText_NamesAMember(string condition, bool expected)
    {
        Assert.Equal(expected, HoldsForToken(condition, new Token(0, 3, TokenKind.Number)));
    }

    [Fact]
    public void ParseCondition_OtherDeclaredNames_BecomeLaterParameters()
    {
        var lambda = ConditionParser.ParseCondition("t.Start >= s.Start && t.End <= s.End", Scope, T);

        Assert.Equal([T, S], lambda.Parameters);
        var inside = (bool)lambda.Compile().DynamicInvoke(new Token(12, 4, TokenKind.Word), Sentence("Talks resumed.", start: 10))!;
        var outside = (bool)lambda.Compile().DynamicInvoke(new Token(22, 4, TokenKind.Word), Sentence("Talks resumed.", start: 10))!;
        Assert.True(inside);
        Assert.False(outside);
    }

    [Fact]
    public void ParseValue_GivesTheValueAndTheNamesItUses()
    {
        var (body, used) = ConditionParser.ParseValue("s.Start + 2", Scope);

        Assert.Equal(typeof(int), body.Type);
        Assert.Equal([S], used);
        Assert.Equal(12, Expression.Lambda<Func<Sentence, int>>(body, S).Compile()(Sentence("Talks resumed.", start: 10)));
    }

    [Theory]
    [InlineData("s.Lenght > 3", 2, "Sentence has no property 'Lenght'")]
    [InlineData("s.span.length > 3", 2, "Sentence.Span cannot be read in a condition; use Text")]
    [InlineData("x.Length > 3", 0, "'x' is not declared; declared: s, t")]
    [InlineData("s.Length > 3 && u", 16, "'u' is not declared")]
    [InlineData("s.Length >", 10, "the expression ends too early")]
    [InlineData("s.Length > 3 s", 13, "unexpected 's'")]
    [InlineData("(s.Length > 3", 13, "missing ')'")]
    [InlineData("s.Text == 'open", 10, "unterminated text literal")]
    [InlineData("s.Text.upper('x')", 7, "unknown method 'upper'")]
    [InlineData("s.Text.contains(3)", 7, "'contains' takes one text argument")]
    [InlineData("s.Length.contains('1')", 9, "'contains' applies to text only")]
    [InlineData("s.Text == 3", 7, "cannot compare String with Int32")]
    [InlineData("s. > 3", 2, "a property name must follow '.'")]
    [InlineData("s.Length", 0, "the condition must be true or false")]
    [InlineData("s.Length > # 3", 11, "unexpected '#'")]
    public void Parse_Error_SaysWhatAndWhere(string condition, int position, string problem)
    {
        var e = Refuse(condition);

        Assert.StartsWith(problem, e.Message, StringComparison.Ordinal);
        Assert.Equal(position, e.Position);
    }

    [Fact]
    public void Parse_UnknownEnumMember_ListsTheMembers()
    {
        var e = Assert.Throws<ExpressionSyntaxException>(() => ConditionParser.ParseCondition("t.Kind == 'Nubmer'", Scope, T));

        Assert.Equal("'Nubmer' is not one of Word, Number, Url, Email, Punctuation", e.Message);
    }
}
