using EditorialLint.Rules.Officials;
using YamlDotNet.RepresentationModel;

namespace EditorialLint.Rules.Tests.Officials;

/// <summary>The officials registry (rules/officials.yaml) keeps the shape the name rules rely on.</summary>
public class RegistryShapeTests
{
    private static readonly Lazy<OfficialRegistry> Registry = new(() =>
        OfficialRegistry.Parse("rules/officials.yaml", File.ReadAllText(RepositoryRoot.Combine("rules", "officials.yaml"))));

    [Fact]
    public void Registry_HoldsHundredsOfOfficials()
    {
        Assert.True(Registry.Value.Officials.Count >= 600, $"only {Registry.Value.Officials.Count} officials");
    }

    [Fact]
    public void Names_AreNotDuplicated()
    {
        var duplicates = Registry.Value.Officials
            .SelectMany(o => o.Alternatives.Where(a => a.Contains(' ')).Prepend(o.Name).Distinct().Select(form => (Form: form, Owner: o.Name)))
            .GroupBy(x => x.Form, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Select(x => x.Owner).Distinct().Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(x => x.Owner).Distinct())}")
            .ToList();

        Assert.True(duplicates.Count == 0, "names listed for two officials: " + string.Join("; ", duplicates));
    }

    [Fact]
    public void EveryOfficial_HasARoleWithTitles_AndAGender()
    {
        var problems = Registry.Value.Officials
            .Where(o => o.Roles.Count == 0 || o.Roles.Any(r => r.Titles.Count == 0 || r.Role.Length == 0) || o.Gender is null)
            .Select(o => o.Name)
            .ToList();

        Assert.True(problems.Count == 0, "officials without a gender or a role with titles: " + string.Join(", ", problems));
    }

    [Fact]
    public void Roles_HaveYearsInOrder()
    {
        var problems = Registry.Value.Officials
            .SelectMany(o => o.Roles.Where(r => r.From > r.To || r.From < 1900 || r.To > 2100).Select(r => $"{o.Name}: {r.Role} {r.From}-{r.To}"))
            .ToList();

        Assert.True(problems.Count == 0, string.Join("; ", problems));
    }

    [Fact]
    public void NoMisspelling_IsAnyonesCorrectForm()
    {
        var correct = Registry.Value.Officials
            .SelectMany(o => o.Alternatives.Prepend(o.Name).Select(form => (Form: form, Owner: o.Name)))
            .ToLookup(x => x.Form, x => x.Owner, StringComparer.OrdinalIgnoreCase);
        var problems = Registry.Value.Officials
            .SelectMany(o => o.Misspellings.Where(m => correct.Contains(m)).Select(m => $"{o.Name} lists '{m}', a correct form of {string.Join(", ", correct[m])}"))
            .ToList();

        Assert.True(problems.Count == 0, string.Join("; ", problems));
    }

    [Fact]
    public void NoMisspelling_BelongsToTwoOfficials()
    {
        // A fix must say whose name was meant.
        var shared = Registry.Value.Officials
            .SelectMany(o => o.Misspellings.Distinct().Select(m => (Misspelling: m, Owner: o.Name)))
            .GroupBy(x => x.Misspelling, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(x => x.Owner))}")
            .ToList();

        Assert.True(shared.Count == 0, string.Join("; ", shared));
    }

    [Fact]
    public void EveryTitle_IsAPhraseOfTheTitleVocabulary_AfterQualifiers()
    {
        var (phrases, qualifiers) = TitleVocabularyFile();
        var problems = Registry.Value.Officials
            .SelectMany(o => o.Roles.SelectMany(r => r.Titles).Where(t => !IsBuilt(t, phrases, qualifiers)).Select(t => $"{o.Name}: '{t}'"))
            .ToList();

        Assert.True(problems.Count == 0, "titles not built from rules/titles.yaml: " + string.Join("; ", problems));
    }

    private static bool IsBuilt(string title, HashSet<string> phrases, IReadOnlyList<string> qualifiers)
    {
        if (phrases.Contains(title)) return true;
        foreach (var q in qualifiers)
        {
            var prefix = q.EndsWith('-') ? q : q + " ";
            if (title.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && IsBuilt(title[prefix.Length..], phrases, qualifiers)) return true;
        }

        return false;
    }

    private static (HashSet<string> Phrases, IReadOnlyList<string> Qualifiers) TitleVocabularyFile()
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(RepositoryRoot.Combine("rules", "titles.yaml"))) stream.Load(reader);
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var phrases = ((YamlSequenceNode)root.Children[new YamlScalarNode("titles")]).Children.Cast<YamlMappingNode>()
            .Select(t => ((YamlScalarNode)t.Children[new YamlScalarNode("phrase")]).Value!)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var qualifiers = ((YamlSequenceNode)root.Children[new YamlScalarNode("qualifiers")]).Children
            .Select(q => ((YamlScalarNode)q).Value!).ToList();
        return (phrases, qualifiers);
    }
}
