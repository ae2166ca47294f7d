namespace EditorialLint.Engine.RuleModel;

/// <summary>A production rule: what to match (left-hand side) and what to do (right-hand side).</summary>
public interface IRuleDefinition
{
    /// <summary>The rule's name, unique within a rule set.</summary>
    string Name { get; }

    /// <summary>A human-readable description.</summary>
    string Description { get; }

    /// <summary>Agenda priority; activations of higher-priority rules fire first.</summary>
    int Priority { get; }

    /// <summary>Whether the rule fires again for the same match after an update.</summary>
    RuleRepeatability Repeatability { get; }

    /// <summary>Tags, used for instance by agenda filters.</summary>
    IReadOnlyCollection<string> Tags { get; }

    /// <summary>Arbitrary metadata, such as a rule id.</summary>
    IReadOnlyDictionary<string, object?> Properties { get; }

    /// <summary>The conditions: an <see cref="AndElement"/> at the root.</summary>
    GroupElement LeftHandSide { get; }

    /// <summary>The actions run when the rule fires.</summary>
    ActionGroupElement RightHandSide { get; }
}
