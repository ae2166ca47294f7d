using System.Linq.Expressions;
using EditorialLint.Rules.Compilation;
using EditorialLint.Rules.Facts;

namespace EditorialLint.Rules.Tests.Compilation;

/// <summary>
/// The source of a lambda says what the tree says: types in full, members through the type that
/// declares them, arguments cast to the parameter the tree calls, reference equality kept; and a
/// lambda with what source here cannot say has none, so it is compiled at run time instead.
/// </summary>
public sealed class LambdaSourceTests
{
    [Fact]
    public void Of_Condition_SpellsTypesMembersAndSlotsInFull()
    {
        Expression<Func<object?, object?[], bool>> lambda = (o, c) => ((Match)o!).RuleId == (string)c[0]! && !((Match)o!).InHeadline;

        Assert.Equal(
            "(global::System.Func<object, object[], bool>)((o, c) => (((((global::EditorialLint.Rules.Facts.Match)(o)).RuleId) == ((string)((c[0])))) && (!(((global::EditorialLint.Rules.Facts.Match)(o)).InHeadline))))",
            LambdaSource.Of(lambda));
    }

    [Fact]
    public void Of_Action_IsACallStatement()
    {
        Expression<Action<List<object>, object?[]>> lambda = (list, c) => list.Add(c[0]!);

        Assert.Equal(
            "(global::System.Action<global::System.Collections.Generic.List<object>, object[]>)((list, c) => list.Add(((object)((c[0])))))",
            LambdaSource.Of(lambda));
    }

    [Fact]
    public void Of_ReferenceEquality_StaysReferenceEquality()
    {
        var left = Expression.Parameter(typeof(string), "a");
        var right = Expression.Parameter(typeof(string), "b");
        var byReference = Expression.Lambda<Func<string, string, bool>>(Expression.ReferenceEqual(left, right), left, right);
        var byValue = Expression.Lambda<Func<string, string, bool>>(Expression.Equal(left, right), left, right);

        Assert.Equal("(global::System.Func<string, string, bool>)((a, b) => (((object)(a)) == ((object)(b))))", LambdaSource.Of(byReference));
        Assert.Equal("(global::System.Func<string, string, bool>)((a, b) => (a == b))", LambdaSource.Of(byValue));
    }

    [Fact]
    public void Of_ArgumentsAreCastToTheParameterTheTreeCalls()
    {
        // string.Concat(object, object), not Concat(string, string): the casts keep the overload.
        var a = Expression.Parameter(typeof(string), "a");
        var concat = typeof(string).GetMethod(nameof(string.Concat), [typeof(object), typeof(object)])!;
        var lambda = Expression.Lambda<Func<string, string>>(Expression.Call(concat, a, a), a);

        Assert.Equal("(global::System.Func<string, string>)((a) => (string.Concat(((object)(a)), ((object)(a)))))", LambdaSource.Of(lambda));
    }

    [Fact]
    public void Of_NestedLambda_NamesItsParametersByPosition()
    {
        Expression<Func<IEnumerable<string>, object?[], bool>> lambda = (words, c) => words.Any(w => w == (string)c[0]!);

        var source = LambdaSource.Of(lambda);

        Assert.NotNull(source);
        Assert.Contains("((global::System.Func<string, bool>)((l0) => (l0 == ((string)((c[0]))))))", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_PrivateMember_HasNoSource()
    {
        var holder = Expression.Parameter(typeof(Holder), "h");
        var lambda = Expression.Lambda<Func<Holder, int>>(Expression.Field(holder, "_secret"), holder);

        Assert.Null(LambdaSource.Of(lambda));
        Assert.Contains("_secret", LambdaSource.WhyNone(lambda), StringComparison.Ordinal);
    }

    [Fact]
    public void Of_Statement_HasNoSource()
    {
        var x = Expression.Parameter(typeof(int), "x");
        var lambda = Expression.Lambda<Func<int, int>>(Expression.Block(Expression.Assign(x, Expression.Constant(1)), x), x);

        Assert.Null(LambdaSource.Of(lambda));
        Assert.Equal("Block", LambdaSource.WhyNone(lambda));
    }

    [Fact]
    public void Of_ConstantThatIsNotInASlot_HasNoSource()
    {
        var o = Expression.Parameter(typeof(object), "o");
        var lambda = Expression.Lambda<Func<object, bool>>(Expression.Equal(o, Expression.Constant(TimeSpan.FromSeconds(1), typeof(object))), o);

        Assert.Null(LambdaSource.Of(lambda));
        Assert.Equal("constant of System.Object", LambdaSource.WhyNone(lambda));
    }

    [Fact]
    public void Of_SmallIntegerArithmetic_KeepsTheTreesType()
    {
        // C# widens short + short to int; the tree adds shorts, which wrap.
        var a = Expression.Parameter(typeof(short), "a");
        var lambda = Expression.Lambda<Func<short, bool>>(
            Expression.Equal(Expression.Add(a, a), Expression.Convert(Expression.Constant(-5536), typeof(short))), a);

        Assert.Equal("(global::System.Func<short, bool>)((a) => (((short)((a + a))) == ((short)((-5536)))))", LambdaSource.Of(lambda));
        Assert.True(lambda.Compile()(30000));
    }

    [Fact]
    public void Of_CheckedConversion_ChecksOnlyTheConversion()
    {
        var a = Expression.Parameter(typeof(int), "a");
        var lambda = Expression.Lambda<Func<int, long>>(Expression.ConvertChecked(Expression.Add(a, a), typeof(long)), a);

        Assert.Equal("(global::System.Func<int, long>)((a) => checked((long)(unchecked(((int)((a + a)))))))", LambdaSource.Of(lambda));
    }

    [Fact]
    public void Of_ConversionOrOperatorByAMethodOfItsOwn_HasNoSource()
    {
        var o = Expression.Parameter(typeof(object), "o");
        var byMethod = Expression.Lambda<Func<object, int>>(Expression.Convert(o, typeof(int), typeof(Convert).GetMethod(nameof(System.Convert.ToInt32), [typeof(object)])), o);
        var s = Expression.Parameter(typeof(string), "s");
        var compare = typeof(string).GetMethod(nameof(string.Equals), [typeof(string), typeof(string)])!;
        var byOtherMethod = Expression.Lambda<Func<string, bool>>(Expression.Equal(s, s, false, compare), s);

        Assert.Null(LambdaSource.Of(byMethod));
        Assert.Null(LambdaSource.Of(byOtherMethod));
    }

    [Fact]
    public void Of_GenericMethodWithANamesake_HasNoSource()
    {
        // string.Join<T>(string, IEnumerable<T>) has Join(string, IEnumerable<string>) and others of two parameters: C# might pick one.
        var words = Expression.Parameter(typeof(IEnumerable<string>), "w");
        var join = typeof(string).GetMethods().Single(m => m.Name == nameof(string.Join) && m.IsGenericMethod && m.GetParameters()[0].ParameterType == typeof(string)).MakeGenericMethod(typeof(string));
        var lambda = Expression.Lambda<Func<IEnumerable<string>, string>>(Expression.Call(join, Expression.Constant(","), words), words);

        Assert.Null(LambdaSource.Of(lambda));
        Assert.Equal("generic method with overloads of as many parameters", LambdaSource.WhyNone(lambda));
    }

    public sealed class Holder
    {
#pragma warning disable CS0649 // read only through the tree
        private readonly int _secret;
#pragma warning restore CS0649

        public override string ToString() => _secret.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
