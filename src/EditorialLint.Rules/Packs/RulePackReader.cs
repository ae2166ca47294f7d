using System.Text.RegularExpressions;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Rules.Kinds;

namespace EditorialLint.Rules.Packs;

/// <summary>
/// Reads a rule pack's YAML into <see cref="RuleSpec"/>s, refusing anything malformed with one
/// line naming file, line, column and key: unknown keys, kinds or categories, a bad id, no examples.
/// </summary>
public static partial class RulePackReader
{
    private static readonly HashSet<string> PackKeys = ["pack", "description", "rules"];

    /// <summary>The keys every rule may have, whatever its kind.</summary>
    public static IReadOnlySet<string> CommonKeys { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "title", "category", "severity", "kind", "message", "description", "tags", "priority", "examples",
    };

    private static readonly HashSet<string> ExampleKeys = ["bad", "good", "expect", "fixed", "note"];

    [GeneratedRegex("^[A-Z]{2,8}[0-9]{3,5}$")]
    private static partial Regex IdPattern();

    /// <summary>Reads one pack file from <paramref name="source"/>.</summary>
    public static RulePack Read(RuleSource source, string relativePath)
    {
        var display = source.DisplayName(relativePath);
        var text = source.ReadText(relativePath)
            ?? throw new RuleLoadException(display, 1, 1, "rule file not found");
        return Parse(source, relativePath, text);
    }

    /// <summary>Parses pack YAML given as text.</summary>
    public static RulePack Parse(RuleSource source, string relativePath, string text)
    {
        var display = source.DisplayName(relativePath);
        var root = YamlMap.Parse(display, text);
        root.AllowOnly(PackKeys, "a rule pack");
        var name = root.String("pack") ?? Path.GetFileName(relativePath).Replace(".rules.yaml", "", StringComparison.Ordinal);
        var pack = new RulePack(source, relativePath, name) { Text = text };
        if (!root.Has("rules")) throw root.ErrorHere("a rule pack needs a 'rules' list");
        foreach (var rule in root.Maps("rules"))
            pack.Rules.Add(ReadRule(rule, pack));
        return pack;
    }

    private static RuleSpec ReadRule(YamlMap map, RulePack pack)
    {
        var id = map.RequiredString("id", "a rule");
        if (!IdPattern().IsMatch(id))
            throw map.ErrorAt("id", $"rule id '{id}' must look like EDL0101 (capital letters, then 3 to 5 digits)");
        var what = $"rule {id}";
        var kindName = map.RequiredString("kind", what);
        if (!RuleKinds.TryGet(kindName, out var kind))
            throw map.ErrorAt("kind", $"{what}: unknown kind '{kindName}'; kinds: {string.Join(", ", RuleKinds.Names)}");
        map.AllowOnly(CommonKeys.Concat(kind.Keys), $"{what} (kind {kindName})");

        var category = map.RequiredString("category", what);
        if (!Categories.IsKnown(category))
            throw map.ErrorAt("category", $"{what}: unknown category '{category}'; categories: {string.Join(", ", Categories.All)}");
        var severityName = map.String("severity") ?? "warning";
        if (!SeverityNames.TryParse(severityName, out var severity))
            throw map.ErrorAt("severity", $"{what}: unknown severity '{severityName}'; use error, warning or suggestion");

        var examples = map.Maps("examples").Select(e => ReadExample(e, what)).ToList();
        if (examples.Count == 0)
            throw map.ErrorAt("examples", $"{what} has no examples; give at least one 'bad' (with 'expect') or 'good' text");

        return new RuleSpec
        {
            Id = id,
            Title = map.RequiredString("title", what),
            Category = category,
            Severity = severity,
            Kind = kindName,
            Message = map.RequiredString("message", what),
            Description = map.String("description") ?? "",
            Tags = map.Strings("tags").Select(t => t.Value).ToList(),
            Priority = map.Int("priority", 0),
            Examples = examples,
            Body = map,
            Pack = pack,
        };
    }

    private static RuleExample ReadExample(YamlMap map, string what)
    {
        map.AllowOnly(ExampleKeys, $"an example of {what}");
        var bad = map.String("bad");
        var good = map.String("good");
        if ((bad is null) == (good is null))
            throw map.ErrorHere($"an example of {what} needs exactly one of 'bad' or 'good'");
        var expect = map.Strings("expect").Select(e => e.Value).ToList();
        if (bad is not null)
        {
            if (expect.Count == 0)
                throw map.ErrorHere($"a 'bad' example of {what} needs 'expect': the exact text that must be reported");
            foreach (var e in map.Strings("expect"))
            {
                if (e.Value.Length == 0)
                    throw map.ErrorAt(e, $"an example of {what} expects an empty text; name the exact text that must be reported");
                if (!bad.Contains(e.Value, StringComparison.Ordinal))
                    throw map.ErrorAt(e, $"an example of {what} expects '{e.Value}', which is not in its 'bad' text");
            }
        }
        else if (map.Has("expect") || map.Has("fixed"))
        {
            throw map.ErrorHere($"a 'good' example of {what} takes no 'expect' or 'fixed'");
        }

        return new RuleExample(bad ?? good!, bad is not null, expect, map.String("fixed"), map.Line);
    }
}
