using System.Linq.Expressions;
using EditorialLint.Engine.Extensibility;

namespace EditorialLint.Rules.Compilation;

/// <summary>
/// The shipped rules' lambdas (conditions, join keys, actions), compiled when the tool is built
/// (<c>ShippedConditions.g.cs</c>, written from <c>rules/</c>; see <c>ShippedConditionsSourceTests</c>).
/// The engine asks for a lambda's delegate the first time a fact needs it; one whose source
/// (<see cref="LambdaSource"/>) is in the table gets the delegate compiled from that source, so no
/// expression is compiled while the tool runs: no JIT work for them on a run's first article, and
/// no interpreter where code cannot be generated at run time (a Native AOT build). Any other lambda
/// (a newsroom's own rule, or a shipped one changed since the file was written) is compiled as before.
/// </summary>
internal static partial class ShippedConditions
{
    private static readonly Lazy<Dictionary<string, Delegate>> Table = new(Build);

    /// <summary>The compiler the shipped rule sets use: the table first, then <see cref="RuntimeExpressionCompiler"/>.</summary>
    public static IExpressionCompiler Compiler { get; } = new TableFirst();

    /// <summary>The delegate compiled at build time from <paramref name="source"/>, or null when there is none.</summary>
    public static Delegate? For(string source) => Table.Value.GetValueOrDefault(source);

    private sealed class TableFirst : IExpressionCompiler
    {
        public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
            where TDelegate : Delegate =>
            Source(expression) is { } source && For(source) is TDelegate compiled
                ? compiled
                : RuntimeExpressionCompiler.Instance.Compile(expression);

        // Whatever goes wrong in writing a lambda's source, the lambda is still compiled as before.
        private static string? Source(LambdaExpression expression)
        {
            try
            {
                return LambdaSource.Of(expression);
            }
            catch (Exception)
            {
                return null;
            }
        }
    }
}
