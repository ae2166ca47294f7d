namespace EditorialLint.Engine.RuleModel;

internal sealed class RuleDefinition(
    string name,
    string description,
    int priority,
    RuleRepeatability repeatability,
    IReadOnlyCollection<string> tags,
    IReadOnlyDictionary<string, object?> properties,
    GroupElement leftHandSide,
    ActionGroupElement rightHandSide) : IRuleDefinition
{
    public string Name { get; } = name;

    public string Description { get; } = description;

    public int Priority { get; } = priority;

    public RuleRepeatability Repeatability { get; } = repeatability;

    public IReadOnlyCollection<string> Tags { get; } = tags;

    public IReadOnlyDictionary<string, object?> Properties { get; } = properties;

    public GroupElement LeftHandSide { get; } = leftHandSide;

    public ActionGroupElement RightHandSide { get; } = rightHandSide;

    public override string ToString() => Name;
}
