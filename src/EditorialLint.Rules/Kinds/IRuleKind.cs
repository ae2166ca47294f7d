using EditorialLint.Rules.Compilation;
using EditorialLint.Rules.Packs;

namespace EditorialLint.Rules.Kinds;

/// <summary>One kind of rule: a small compiler from a rule's YAML to matcher entries and engine rules.</summary>
public interface IRuleKind
{
    /// <summary>The kind's name in YAML.</summary>
    string Name { get; }

    /// <summary>The keys this kind adds to the common ones.</summary>
    IReadOnlyCollection<string> Keys { get; }

    /// <summary>Compiles <paramref name="rule"/> into <paramref name="context"/>; problems throw <see cref="RuleLoadException"/>.</summary>
    void Compile(RuleSpec rule, CompileContext context);
}
