using System.Text;

namespace EditorialLint.Benchmarks.Officials;

/// <summary>
/// The shipped officials registry grown with made-up officials: names built from syllables, a
/// role with titles, and (for one in three) a listed misspelling, like the real entries.
/// Deterministic: the same size always gives the same file.
/// </summary>
public static class SyntheticRegistry
{
    private static readonly string[] GivenNames =
    [
        "Alina", "Anton", "Bogdan", "Carla", "Dario", "Elena", "Farid", "Greta", "Hamid", "Irena", "Jonas", "Karin",
        "Lukas", "Marta", "Nadia", "Oskar", "Pavel", "Rania", "Samir", "Tereza", "Viktor", "Yasmin", "Zoran", "Milan",
    ];

    private static readonly string[] Syllables =
    [
        "ka", "ro", "vin", "ska", "mel", "dor", "an", "ber", "tsi", "lo", "nek", "ra", "sh", "ov", "el", "ter",
        "man", "gi", "zu", "pol", "ch", "ev", "ich", "sen", "ba", "ri", "ko", "va", "len", "mar", "hu", "dze",
    ];

    private static readonly string[] Titles = ["foreign minister", "defence minister", "prime minister", "ambassador", "spokesperson", "finance minister"];

    /// <summary>The registry text with synthetic entries appended until it holds <paramref name="total"/> officials.</summary>
    public static string Grow(string shippedYaml, int existing, int total)
    {
        var random = new Random(4177);
        var sb = new StringBuilder(shippedYaml);
        if (!shippedYaml.EndsWith('\n')) sb.Append('\n');
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = existing; i < total; i++)
        {
            string given, surname;
            do
            {
                given = GivenNames[random.Next(GivenNames.Length)];
                var parts = random.Next(2, 4);
                var s = new StringBuilder();
                for (var p = 0; p < parts; p++) s.Append(Syllables[random.Next(Syllables.Length)]);
                s[0] = char.ToUpperInvariant(s[0]);
                surname = s.ToString();
            }
            while (!used.Add(given + " " + surname));

            var title = Titles[random.Next(Titles.Length)];
            var misspelling = i % 3 == 0 && surname.Length > 4 ? $"[{given} {surname[..^2]}{surname[^1]}{surname[^2]}]" : "[]";
            sb.Append($"""
                  - name: {given} {surname}
                    gender: {(i % 2 == 0 ? "female" : "male")}
                    alternatives: []
                    misspellings: {misspelling}
                    roles:
                      - role: Synthetic {title} {i}
                        country: XX
                        from: {2000 + (i % 25)}
                        titles: [{title}, minister]

                """);
        }

        return sb.ToString();
    }
}
