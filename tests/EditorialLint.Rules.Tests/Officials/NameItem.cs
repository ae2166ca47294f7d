using YamlDotNet.RepresentationModel;

namespace EditorialLint.Rules.Tests.Officials;

/// <summary>One labelled item of fixtures/labelled/names (format in its README).</summary>
internal sealed record NameItem(string Group, int Index, string Text, IReadOnlyList<string> Expect, IReadOnlyList<string> Names, string Slip)
{
    /// <summary>Reads every file of a folder of labelled names.</summary>
    public static IReadOnlyList<NameItem> ReadFolder(string folder) =>
        Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal).SelectMany(Read).ToList();

    /// <summary>Reads one file.</summary>
    public static IReadOnlyList<NameItem> Read(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path)) stream.Load(reader);
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var group = Scalar(root, "group") ?? Path.GetFileNameWithoutExtension(path);
        var items = (YamlSequenceNode)root.Children[new YamlScalarNode("items")];
        return items.Children.Cast<YamlMappingNode>().Select((item, i) => new NameItem(
            group, i, Scalar(item, "text") ?? "", Strings(item, "expect"), Strings(item, "names"), Scalar(item, "slip") ?? "")).ToList();
    }

    /// <summary>Where the item came from, for messages.</summary>
    public override string ToString() => $"{Group}[{Index}] {Text}";

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    private static IReadOnlyList<string> Strings(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value)
            ? ((YamlSequenceNode)value).Children.Select(e => ((YamlScalarNode)e).Value ?? "").ToList()
            : [];
}
