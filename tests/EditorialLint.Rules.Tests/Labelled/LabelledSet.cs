using YamlDotNet.RepresentationModel;

namespace EditorialLint.Rules.Tests.Labelled;

/// <summary>Reads the labelled files in fixtures/labelled (format in its README).</summary>
internal static class LabelledSet
{
    public static IReadOnlyList<LabelledItem> Read(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path)) stream.Load(reader);
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var category = ((YamlScalarNode)root.Children[new YamlScalarNode("category")]).Value!;
        var items = (YamlSequenceNode)root.Children[new YamlScalarNode("items")];
        return items.Children.Cast<YamlMappingNode>().Select((item, i) => new LabelledItem(
            category,
            i,
            Scalar(item, "text") ?? "",
            item.Children.TryGetValue(new YamlScalarNode("expect"), out var expect)
                ? ((YamlSequenceNode)expect).Children.Select(e => ((YamlScalarNode)e).Value ?? "").ToList()
                : [],
            Scalar(item, "note") ?? "")).ToList();
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;
}
