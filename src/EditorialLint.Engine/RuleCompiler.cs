using EditorialLint.Engine.Expressions;
using EditorialLint.Engine.Extensibility;
using EditorialLint.Engine.Rete;
using EditorialLint.Engine.RuleModel;

namespace EditorialLint.Engine;

/// <summary>Compiles rule definitions into a Rete network wrapped in a session factory.</summary>
public sealed class RuleCompiler
{
    /// <summary>
    /// What turns the rules' lambdas into delegates; <see cref="RuntimeExpressionCompiler.Instance"/>
    /// unless set. Each lambda is handed over the first time it is needed, with its constants in slots
    /// of an array, so lambdas of one shape are compiled once.
    /// </summary>
    public IExpressionCompiler ExpressionCompiler
    {
        get => _expressionCompiler;
        set => _expressionCompiler = value ?? throw new ArgumentNullException(nameof(value));
    }

    private IExpressionCompiler _expressionCompiler = RuntimeExpressionCompiler.Instance;

    /// <summary>
    /// Whether a lambda is compiled the first time a fact needs it (the default: a run that never
    /// tests a condition does not pay for it), or every lambda while the rules compile (a service
    /// that wants its first request as fast as the next, or a tool that lists them all).
    /// </summary>
    public bool CompileExpressionsOnFirstUse { get; set; } = true;

    /// <summary>Compiles rules.</summary>
    /// <param name="rules">The rule definitions; names must be unique.</param>
    /// <returns>A factory of sessions over the compiled network.</returns>
    /// <exception cref="RuleCompilationException">A rule cannot be compiled; the message names it.</exception>
    public ISessionFactory Compile(IEnumerable<IRuleDefinition> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var list = rules.ToList();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var builder = new ReteBuilder(new Expressions.ExpressionCompiler(_expressionCompiler, CompileExpressionsOnFirstUse));
        foreach (var rule in list)
        {
            if (rule is null)
            {
                throw new ArgumentException("The rule list contains null.", nameof(rules));
            }

            if (!names.Add(rule.Name))
            {
                throw new RuleCompilationException(rule.Name, "another rule has the same name.");
            }

            builder.Add(rule);
        }

        return new SessionFactory(builder.Build(), list.AsReadOnly());
    }
}
