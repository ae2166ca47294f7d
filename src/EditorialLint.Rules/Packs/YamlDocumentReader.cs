using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EditorialLint.Rules.Packs;

/// <summary>Parses YAML text with the YAML library into <see cref="DocumentNode"/>s; its syntax errors name file, line and column.</summary>
internal static class YamlDocumentReader
{
    /// <summary>
    /// Parses a document whose root must be a mapping. <paramref name="shared"/> tells whether a node
    /// stands in two places (an alias), which the document cache does not keep.
    /// </summary>
    public static MappingNode Parse(string file, string text, out bool shared)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var reason = (e.InnerException?.Message ?? e.Message).Split('\n')[0];
            var message = e.Message.Contains("): ", StringComparison.Ordinal) ? e.Message[(e.Message.IndexOf("): ", StringComparison.Ordinal) + 3)..] : e.Message;
            throw new RuleLoadException(file, (int)e.Start.Line, (int)e.Start.Column, $"YAML syntax error: {FirstLine(message) ?? reason}");
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
        {
            // The YAML library rejects some malformed documents without a position.
            throw new RuleLoadException(file, 1, 1, $"YAML syntax error: {FirstLine(e.Message) ?? "the file is not well-formed YAML"}; check the indentation and brackets");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new RuleLoadException(file, 1, 1, "expected a YAML mapping at the top of the file");
        var converted = new Dictionary<YamlNode, DocumentNode>(ReferenceEqualityComparer.Instance);
        shared = false;
        return (MappingNode)Convert(root, converted, ref shared);
    }

    private static DocumentNode Convert(YamlNode node, Dictionary<YamlNode, DocumentNode> converted, ref bool shared)
    {
        if (converted.TryGetValue(node, out var done))
        {
            shared = true;
            return done;
        }

        var (line, column) = ((int)node.Start.Line, (int)node.Start.Column);
        DocumentNode result;
        switch (node)
        {
            case YamlScalarNode scalar:
                var value = scalar.Value ?? "";
                result = new ScalarNode(line, column, value, scalar.Equals(new YamlScalarNode(value)));
                break;
            case YamlSequenceNode sequence:
                var items = new DocumentNode[sequence.Children.Count];
                result = new SequenceNode(line, column, items);
                converted[node] = result;
                for (var i = 0; i < items.Length; i++) items[i] = Convert(sequence.Children[i], converted, ref shared);
                return result;
            case YamlMappingNode mapping:
                var keys = new DocumentNode[mapping.Children.Count];
                var values = new DocumentNode[keys.Length];
                result = new MappingNode(line, column, keys, values);
                converted[node] = result;
                var index = 0;
                foreach (var (key, item) in mapping.Children)
                {
                    keys[index] = Convert(key, converted, ref shared);
                    values[index++] = Convert(item, converted, ref shared);
                }

                return result;
            default:
                throw new System.Diagnostics.UnreachableException($"a loaded YAML document holds no {node.NodeType} node");
        }

        converted[node] = result;
        return result;
    }

    private static string? FirstLine(string text) => text.Split('\n', 2)[0].Trim() is { Length: > 0 } s ? s : null;
}
