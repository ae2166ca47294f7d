namespace EditorialLint.Engine.RuleModel;

/// <summary>Whether a rule may fire again for the same match after one of its facts is updated.</summary>
public enum RuleRepeatability
{
    /// <summary>The rule fires again each time a matched fact is updated.</summary>
    Repeatable,

    /// <summary>The rule fires at most once for a given match, however often its facts are updated.</summary>
    NonRepeatable,
}
