namespace EditorialLint.Engine.RuleModel;

/// <summary>How the children of a group element combine.</summary>
public enum GroupType
{
    /// <summary>All children must match.</summary>
    And,

    /// <summary>Any child may match; each alternative matches on its own.</summary>
    Or,
}
