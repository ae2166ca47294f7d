namespace EditorialLint.Engine.RuleModel;

/// <summary>A named fact variable introduced by a pattern; conditions and actions refer to it by name.</summary>
public sealed class Declaration
{
    /// <summary>Creates a declaration.</summary>
    /// <param name="name">The variable name; lambda parameters bind to it by this name.</param>
    /// <param name="type">The type of the fact it stands for.</param>
    public Declaration(string name, Type type)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(type);
        Name = name;
        Type = type;
    }

    /// <summary>The variable name.</summary>
    public string Name { get; }

    /// <summary>The type of the fact it stands for.</summary>
    public Type Type { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Name}: {Type.Name}";
}
