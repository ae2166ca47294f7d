using System.Collections.ObjectModel;

namespace EditorialLint.Engine.RuleModel.Builders;

/// <summary>Builds an <see cref="IRuleDefinition"/>; <see cref="Build"/> validates it.</summary>
public sealed class RuleBuilder
{
    private readonly GroupBuilder _leftHandSide = new(GroupType.And);
    private readonly ActionGroupBuilder _rightHandSide = new();
    private readonly List<string> _tags = [];
    private readonly Dictionary<string, object?> _properties = new(StringComparer.Ordinal);
    private string _name = string.Empty;
    private string _description = string.Empty;
    private int _priority;
    private RuleRepeatability _repeatability = RuleRepeatability.Repeatable;

    /// <summary>Sets the rule's name.</summary>
    /// <param name="name">A name unique within the rule set.</param>
    public void Name(string name) => _name = name ?? throw new ArgumentNullException(nameof(name));

    /// <summary>Sets the rule's description.</summary>
    /// <param name="description">Free text.</param>
    public void Description(string description) => _description = description ?? string.Empty;

    /// <summary>Sets the agenda priority; higher fires first. Defaults to 0.</summary>
    /// <param name="priority">The priority.</param>
    public void Priority(int priority) => _priority = priority;

    /// <summary>Sets whether the rule fires again for the same match after an update. Defaults to repeatable.</summary>
    /// <param name="repeatability">The repeatability.</param>
    public void Repeatability(RuleRepeatability repeatability) => _repeatability = repeatability;

    /// <summary>Adds tags.</summary>
    /// <param name="tags">The tags.</param>
    public void Tags(IEnumerable<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        foreach (var tag in tags)
        {
            if (!_tags.Contains(tag, StringComparer.Ordinal))
            {
                _tags.Add(tag);
            }
        }
    }

    /// <summary>Sets a metadata property, such as a rule id.</summary>
    /// <param name="key">The property name.</param>
    /// <param name="value">The value.</param>
    public void Property(string key, object? value)
    {
        ArgumentNullException.ThrowIfNull(key);
        _properties[key] = value;
    }

    /// <summary>The rule's conditions: an AND group.</summary>
    /// <returns>The builder of the root group.</returns>
    public GroupBuilder LeftHandSide() => _leftHandSide;

    /// <summary>The rule's actions.</summary>
    /// <returns>The builder of the action group.</returns>
    public ActionGroupBuilder RightHandSide() => _rightHandSide;

    /// <summary>Validates the rule and builds its definition.</summary>
    /// <returns>The immutable rule definition.</returns>
    /// <exception cref="RuleValidationException">The rule is inconsistent; the message names the rule.</exception>
    public IRuleDefinition Build()
    {
        var ruleName = string.IsNullOrWhiteSpace(_name) ? "(unnamed)" : _name;
        if (string.IsNullOrWhiteSpace(_name))
        {
            throw new RuleValidationException(ruleName, "a rule needs a name.");
        }

        var binder = new ElementBinder(ruleName);
        var (leftHandSide, rightHandSide) = binder.Bind(_leftHandSide, _rightHandSide);
        return new RuleDefinition(
            _name,
            _description,
            _priority,
            _repeatability,
            _tags.ToList().AsReadOnly(),
            new ReadOnlyDictionary<string, object?>(new Dictionary<string, object?>(_properties, StringComparer.Ordinal)),
            leftHandSide,
            rightHandSide);
    }
}
