namespace EditorialLint.Rules.Packs;

/// <summary>A YAML mapping read with its marks, so every problem can name file, line, column and key.</summary>
public sealed class YamlMap
{
    private readonly MappingNode _node;

    /// <summary>Wraps a mapping node of <paramref name="file"/>.</summary>
    internal YamlMap(string file, MappingNode node)
    {
        File = file;
        _node = node;
    }

    /// <summary>The file shown in messages.</summary>
    public string File { get; }

    /// <summary>1-based line of the mapping.</summary>
    public int Line => _node.Line;

    /// <summary>1-based column of the mapping.</summary>
    public int Column => _node.Column;

    /// <summary>The keys present, in order.</summary>
    public IEnumerable<string> Keys => _node.Keys.OfType<ScalarNode>().Select(k => k.Value);

    /// <summary>Whether <paramref name="key"/> is present.</summary>
    public bool Has(string key) => Find(key) is not null;

    /// <summary>Refuses keys not in <paramref name="allowed"/>.</summary>
    public void AllowOnly(IEnumerable<string> allowed, string what)
    {
        var set = allowed as ISet<string> ?? new HashSet<string>(allowed, StringComparer.Ordinal);
        foreach (var key in _node.Keys)
        {
            var name = (key as ScalarNode)?.Value ?? "";
            if (!set.Contains(name))
                throw Error(key, $"unknown key '{name}' in {what}; allowed: {string.Join(", ", set.Order(StringComparer.Ordinal))}");
        }
    }

    /// <summary>A scalar value, or null when absent.</summary>
    public string? String(string key)
    {
        var node = Find(key);
        if (node is null) return null;
        if (node is ScalarNode scalar) return scalar.Value;
        throw Error(node, $"'{key}' must be a single value");
    }

    /// <summary>A scalar value that must be present.</summary>
    public string RequiredString(string key, string what) =>
        String(key) is { Length: > 0 } value ? value : throw Error(_node, $"{what} has no '{key}'");

    /// <summary>An integer value, or <paramref name="fallback"/> when absent.</summary>
    public int Int(string key, int fallback)
    {
        var text = String(key);
        if (text is null) return fallback;
        return int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(Find(key)!, $"'{key}' must be a whole number, not '{text}'");
    }

    /// <summary>A boolean value, or <paramref name="fallback"/> when absent.</summary>
    public bool Bool(string key, bool fallback)
    {
        var text = String(key);
        return text switch
        {
            null => fallback,
            "true" or "yes" => true,
            "false" or "no" => false,
            _ => throw Error(Find(key)!, $"'{key}' must be true or false, not '{text}'"),
        };
    }

    /// <summary>A list of scalars (a single scalar counts as a list of one); empty when absent.</summary>
    public IReadOnlyList<Located<string>> Strings(string key)
    {
        var node = Find(key);
        switch (node)
        {
            case null:
                return [];
            case ScalarNode scalar:
                return [new Located<string>(scalar.Value, scalar.Line, scalar.Column)];
            case SequenceNode seq:
                return ScalarsOf(seq, $"'{key}' must list plain values");
            default:
                throw Error(node, $"'{key}' must be a list of values");
        }
    }

    /// <summary>The values of <see cref="Strings"/> without their places.</summary>
    public string[] StringValues(string key)
    {
        var located = Strings(key);
        var values = new string[located.Count];
        for (var i = 0; i < values.Length; i++) values[i] = located[i].Value;
        return values;
    }

    /// <summary>A nested mapping, or null when absent.</summary>
    public YamlMap? Map(string key)
    {
        var node = Find(key);
        return node switch
        {
            null => null,
            MappingNode map => new YamlMap(File, map),
            _ => throw Error(node, $"'{key}' must be a mapping"),
        };
    }

    /// <summary>A list of mappings; empty when absent.</summary>
    public IReadOnlyList<YamlMap> Maps(string key)
    {
        var node = Find(key);
        if (node is null) return [];
        if (node is not SequenceNode seq) throw Error(node, $"'{key}' must be a list");
        var maps = new YamlMap[seq.Items.Length];
        for (var i = 0; i < maps.Length; i++)
        {
            maps[i] = seq.Items[i] is MappingNode m ? new YamlMap(File, m) : throw Error(seq.Items[i], $"each item of '{key}' must be a mapping");
        }

        return maps;
    }

    /// <summary>A list of lists of scalars (e.g. variant groups); empty when absent.</summary>
    public IReadOnlyList<IReadOnlyList<Located<string>>> StringLists(string key)
    {
        var node = Find(key);
        if (node is null) return [];
        if (node is not SequenceNode outer) throw Error(node, $"'{key}' must be a list of lists");
        var lists = new IReadOnlyList<Located<string>>[outer.Items.Length];
        for (var i = 0; i < lists.Length; i++)
        {
            lists[i] = outer.Items[i] is SequenceNode seq
                ? ScalarsOf(seq, $"'{key}' must hold plain values")
                : throw Error(outer.Items[i], $"each item of '{key}' must be a list");
        }

        return lists;
    }

    /// <summary>A mapping of scalar keys to scalar values, in order; empty when absent.</summary>
    public IReadOnlyList<(Located<string> Key, string Value)> Pairs(string key)
    {
        var node = Find(key);
        if (node is null) return [];
        if (node is not MappingNode map) throw Error(node, $"'{key}' must be a mapping of 'wrong: right'");
        var pairs = new (Located<string> Key, string Value)[map.Keys.Length];
        for (var i = 0; i < pairs.Length; i++)
        {
            pairs[i] = map.Keys[i] is ScalarNode k && map.Values[i] is ScalarNode v
                ? (new Located<string>(k.Value, k.Line, k.Column), v.Value)
                : throw Error(map.Keys[i], $"'{key}' must map plain values to plain values");
        }

        return pairs;
    }

    /// <summary>An error at the value of <paramref name="key"/> (or at the mapping when absent).</summary>
    public RuleLoadException ErrorAt(string key, string problem) => Error((DocumentNode?)Find(key) ?? _node, problem);

    /// <summary>An error at this mapping.</summary>
    public RuleLoadException ErrorHere(string problem) => Error(_node, problem);

    /// <summary>An error at a place found earlier.</summary>
    public RuleLoadException ErrorAt<T>(Located<T> place, string problem) => new(File, place.Line, place.Column, problem);

    private DocumentNode? Find(string key) => _node.Find(key);

    private Located<string>[] ScalarsOf(SequenceNode seq, string problem)
    {
        var values = new Located<string>[seq.Items.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = seq.Items[i] is ScalarNode s ? new Located<string>(s.Value, s.Line, s.Column) : throw Error(seq.Items[i], problem);
        }

        return values;
    }

    private RuleLoadException Error(DocumentNode node, string problem) =>
        new(File, node.Line, node.Column, problem);

    /// <summary>Parses a YAML document whose root must be a mapping.</summary>
    public static YamlMap Parse(string file, string text) => new(file, YamlDocumentCache.Default.Parse(file, text));
}
