using System.Linq.Expressions;

namespace EditorialLint.Engine.Extensibility;

/// <summary>
/// Turns the lambdas of rule conditions, keys and actions into delegates. <see cref="RuleCompiler"/>
/// uses <see cref="RuntimeExpressionCompiler"/> unless <see cref="RuleCompiler.ExpressionCompiler"/> is
/// set: a host can hand out delegates compiled ahead of time, which is what lets the rules run where
/// code cannot be generated at run time (a Native AOT build) and spares a run the JIT work.
/// </summary>
public interface IExpressionCompiler
{
    /// <summary>Compiles <paramref name="expression"/> into a delegate that does what the tree says.</summary>
    /// <typeparam name="TDelegate">The delegate type of the lambda.</typeparam>
    /// <param name="expression">The lambda: its constants already stand in slots of an array parameter.</param>
    /// <returns>The delegate.</returns>
    TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate;
}

/// <summary>The compiler of <see cref="System.Linq.Expressions"/>: <see cref="Expression{TDelegate}.Compile()"/>.</summary>
public sealed class RuntimeExpressionCompiler : IExpressionCompiler
{
    /// <summary>The one instance.</summary>
    public static RuntimeExpressionCompiler Instance { get; } = new();

    private RuntimeExpressionCompiler()
    {
    }

    /// <inheritdoc />
    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate
    {
        ArgumentNullException.ThrowIfNull(expression);
        return expression.Compile();
    }
}
