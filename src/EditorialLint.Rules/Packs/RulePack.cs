namespace EditorialLint.Rules.Packs;

/// <summary>A YAML file of rules and where its data files are found.</summary>
public sealed class RulePack
{
    /// <summary>Creates a pack.</summary>
    public RulePack(RuleSource source, string relativePath, string name)
    {
        Source = source;
        RelativePath = relativePath;
        Name = name;
    }

    /// <summary>Where the pack and its data come from.</summary>
    public RuleSource Source { get; }

    /// <summary>Its path within the source.</summary>
    public string RelativePath { get; }

    /// <summary>The pack's name (from its file, or its <c>pack:</c> key).</summary>
    public string Name { get; }

    /// <summary>The pack's rules.</summary>
    public List<RuleSpec> Rules { get; } = [];

    /// <summary>The text the pack was read from, when it was read by <see cref="RulePackReader"/>.</summary>
    internal string? Text { get; init; }

    /// <summary>The file as shown in messages.</summary>
    public string DisplayName => Source.DisplayName(RelativePath);

    /// <summary>Reads a data file named relative to the pack; falls back to the shipped data.</summary>
    public string ReadData(string path, YamlMap at, string key)
    {
        var folder = Path.GetDirectoryName(RelativePath.Replace('\\', '/'))?.Replace('\\', '/');
        var relative = string.IsNullOrEmpty(folder) ? path : folder + "/" + path;
        return Source.ReadText(relative)
            ?? Source.ReadText(path)
            ?? RuleSource.Shipped.ReadText(path)
            ?? throw at.ErrorAt(key, $"data file '{path}' not found next to the pack or among the shipped rules");
    }
}
