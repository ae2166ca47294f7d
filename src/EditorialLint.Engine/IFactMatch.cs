using EditorialLint.Engine.RuleModel;

namespace EditorialLint.Engine;

/// <summary>One fact of an activation, with the declaration it is bound to.</summary>
public interface IFactMatch
{
    /// <summary>The declaration the fact is bound to.</summary>
    Declaration Declaration { get; }

    /// <summary>The fact (or aggregate result).</summary>
    object? Value { get; }
}
