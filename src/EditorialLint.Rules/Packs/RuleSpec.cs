using EditorialLint.Core.Diagnostics;

namespace EditorialLint.Rules.Packs;

/// <summary>One rule as written in a pack: what a Roslyn descriptor carries, its kind's settings and its examples.</summary>
public sealed class RuleSpec
{
    /// <summary>The rule id, e.g. <c>EDL0101</c>.</summary>
    public required string Id { get; init; }

    /// <summary>A short title.</summary>
    public required string Title { get; init; }

    /// <summary>One of <see cref="Categories"/>.</summary>
    public required string Category { get; init; }

    /// <summary>The default severity.</summary>
    public required Severity Severity { get; init; }

    /// <summary>The rule kind (one of a closed list).</summary>
    public required string Kind { get; init; }

    /// <summary>The message template; <c>{match}</c> and kind-specific placeholders are filled.</summary>
    public required string Message { get; init; }

    /// <summary>Longer documentation for <c>rules explain</c>.</summary>
    public string Description { get; init; } = "";

    /// <summary>Tags for agenda filters.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Higher fires first.</summary>
    public int Priority { get; init; }

    /// <summary>The examples, which are tests.</summary>
    public IReadOnlyList<RuleExample> Examples { get; init; } = [];

    /// <summary>The rule's YAML, for its kind's own keys.</summary>
    public required YamlMap Body { get; init; }

    /// <summary>The pack it came from.</summary>
    public required RulePack Pack { get; init; }

    /// <summary>The file shown in messages.</summary>
    public string File => Body.File;

    /// <summary>Line of the rule in its file.</summary>
    public int Line => Body.Line;
}
