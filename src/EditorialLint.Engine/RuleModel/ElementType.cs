namespace EditorialLint.Engine.RuleModel;

/// <summary>The kind of a <see cref="RuleElement"/>.</summary>
public enum ElementType
{
    /// <summary>A <see cref="PatternElement"/>.</summary>
    Pattern,

    /// <summary>An <see cref="AggregateElement"/>.</summary>
    Aggregate,

    /// <summary>An <see cref="AndElement"/>.</summary>
    And,

    /// <summary>An <see cref="OrElement"/>.</summary>
    Or,

    /// <summary>A <see cref="NotElement"/>.</summary>
    Not,

    /// <summary>An <see cref="ExistsElement"/>.</summary>
    Exists,

    /// <summary>An <see cref="ActionGroupElement"/>.</summary>
    ActionGroup,

    /// <summary>An <see cref="ActionElement"/>.</summary>
    Action,

    /// <summary>An <see cref="ExpressionElement"/> used as a condition.</summary>
    Expression,

    /// <summary>A <see cref="NamedExpressionElement"/>.</summary>
    NamedExpression,
}
