using EditorialLint.Core.Configuration;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Policy;
using EditorialLint.Rules.Packs;

namespace EditorialLint.Rules.Configuration;

/// <summary>
/// Reads <c>.editoriallint.yaml</c>. Unknown keys and bad values are refused with one line naming
/// file, line and column:
/// <code>
/// rules: [house/]                 # extra rule packs, relative to this file
/// severity:                       # per rule id or category: error, warning, suggestion, none
///   EDL0301: none
///   machine-translation: suggestion
/// prefer: [Kyiv, Zelensky]        # house-style spellings, first choice first
/// ignore: ["drafts/**"]           # paths to leave alone, relative to this file
/// </code>
/// </summary>
public static class ConfigurationReader
{
    private static readonly string[] Keys = ["rules", "severity", "prefer", "ignore"];

    /// <summary>Reads the configuration file at <paramref name="path"/>.</summary>
    public static LintConfiguration Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RuleLoadException(path, 1, 1, $"cannot read the configuration: {e.Message}");
        }

        return Parse(path, text);
    }

    /// <summary>Parses configuration YAML given as text.</summary>
    public static LintConfiguration Parse(string path, string text)
    {
        var display = Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.GetFullPath(path));
        if (text.Trim().Length == 0) return new LintConfiguration(path, [], [], [], []);
        var root = YamlMap.Parse(display, text);
        root.AllowOnly(Keys, "the configuration");
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var packs = new List<string>();
        foreach (var pack in root.Strings("rules"))
        {
            var full = Path.GetFullPath(Path.Combine(folder, pack.Value));
            if (!File.Exists(full) && !Directory.Exists(full))
                throw root.ErrorAt(pack, $"rule pack '{pack.Value}' not found (paths are relative to {LintConfiguration.FileName})");
            packs.Add(full);
        }

        var severities = new List<SeverityOverride>();
        foreach (var (key, value) in root.Pairs("severity"))
        {
            if (!Categories.IsKnown(key.Value) && !IsRuleId(key.Value))
                throw root.ErrorAt(key, $"'{key.Value}' is neither a rule id (EDL0101) nor a category ({string.Join(", ", Categories.All)})");
            if (value == "none")
            {
                severities.Add(new SeverityOverride(key.Value, null));
                continue;
            }

            if (!SeverityNames.TryParse(value, out var severity))
                throw root.ErrorAt(key, $"severity of '{key.Value}' must be error, warning, suggestion or none, not '{value}'");
            severities.Add(new SeverityOverride(key.Value, severity));
        }

        var prefer = root.Strings("prefer").Select(p => p.Value).ToList();
        var ignore = root.Strings("ignore").Select(p => p.Value).ToList();
        return new LintConfiguration(path, packs, severities, prefer, ignore);
    }

    private static bool IsRuleId(string value) =>
        value.Length is >= 5 and <= 13 && value.TakeWhile(char.IsAsciiLetterUpper).Count() is >= 2 and <= 8
        && value.SkipWhile(char.IsAsciiLetterUpper).All(char.IsAsciiDigit) && value.Any(char.IsAsciiDigit);
}
