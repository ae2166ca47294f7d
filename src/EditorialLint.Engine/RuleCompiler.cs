using EditorialLint.Engine.RuleModel;

namespace EditorialLint.Engine;

/// <summary>Compiles rule definitions into a Rete network wrapped in a session factory.</summary>
public sealed class RuleCompiler
{
    /// <summary>Compiles rules.</summary>
    /// <param name="rules">The rule definitions.</param>
    /// <returns>A factory of sessions over the compiled network.</returns>
    /// <exception cref="RuleCompilationException">A rule cannot be compiled; the message names it.</exception>
    public ISessionFactory Compile(IEnumerable<IRuleDefinition> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        throw new NotImplementedException("The network compiler lands in the next commit.");
    }
}
