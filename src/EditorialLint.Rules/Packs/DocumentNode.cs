namespace EditorialLint.Rules.Packs;

/// <summary>
/// A node of a parsed YAML document with where it starts: a <see cref="ScalarNode"/>, a
/// <see cref="SequenceNode"/> or a <see cref="MappingNode"/>. Read from YAML by
/// <see cref="YamlDocumentReader"/>, or from the document cache without the YAML parser.
/// </summary>
internal abstract class DocumentNode(int line, int column)
{
    /// <summary>1-based line.</summary>
    public int Line { get; } = line;

    /// <summary>1-based column.</summary>
    public int Column { get; } = column;
}
