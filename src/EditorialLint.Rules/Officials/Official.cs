namespace EditorialLint.Rules.Officials;

/// <summary>A public official from the registry (also a fact, inserted when the article names them).</summary>
public sealed class Official
{
    /// <summary>Creates an official.</summary>
    public Official(int id, string name, string? gender, IReadOnlyList<string> alternatives,
        IReadOnlyList<string> misspellings, IReadOnlyList<OfficialRole> roles)
    {
        Id = id;
        Name = name;
        Gender = gender;
        Alternatives = alternatives;
        Misspellings = misspellings;
        Roles = roles;
        var words = NameWords(name);
        FirstName = words.Length > 1 ? words[0] : "";
        Surname = words[^1];
    }

    /// <summary>Index in the registry.</summary>
    public int Id { get; }

    /// <summary>Canonical spelling.</summary>
    public string Name { get; }

    /// <summary>First word of the canonical name (empty for a one-word name).</summary>
    public string FirstName { get; }

    /// <summary>Last word of the canonical name, a generational suffix (Jr.) left out.</summary>
    public string Surname { get; }

    /// <summary><c>male</c>, <c>female</c> or null.</summary>
    public string? Gender { get; }

    /// <summary>Accepted alternative spellings (full names or surnames).</summary>
    public IReadOnlyList<string> Alternatives { get; }

    /// <summary>Known wrong forms (full names or surnames).</summary>
    public IReadOnlyList<string> Misspellings { get; }

    /// <summary>Posts held.</summary>
    public IReadOnlyList<OfficialRole> Roles { get; }

    /// <summary>
    /// Whether copy writes the family name first (Chinese, Korean, Vietnamese names: Li Qiang): then
    /// the first word is shared by millions and says little about who is meant.
    /// </summary>
    public bool FamilyNameFirst => Roles.Any(r => r.Country is "CN" or "KR" or "KP" or "VN" or "TW");

    /// <summary>The post to name in messages: the latest one.</summary>
    public string RoleText => Roles.Count == 0 ? "public official" : Roles.MaxBy(r => r.From ?? 0)!.Role;

    /// <summary>
    /// Whether a title phrase fits one of the official's posts: equal to one of its titles, or one
    /// ends the other ("spokeswoman" fits "White House spokeswoman"), and no gender clash.
    /// </summary>
    public bool FitsTitle(string phrase, string? phraseGender)
    {
        if (phraseGender is not null && Gender is not null && phraseGender != Gender) return false;
        foreach (var role in Roles)
        {
            foreach (var title in role.Titles)
            {
                if (title.Equals(phrase, StringComparison.OrdinalIgnoreCase)
                    || title.EndsWith(" " + phrase, StringComparison.OrdinalIgnoreCase)
                    || phrase.EndsWith(" " + title, StringComparison.OrdinalIgnoreCase))
                    return true;
            }
        }

        return false;
    }

    /// <summary>The titles of all posts, for messages.</summary>
    public string TitlesText => string.Join(", ", Roles.SelectMany(r => r.Titles).Distinct(StringComparer.OrdinalIgnoreCase).Take(4));

    /// <summary>Every post with its years, latest first, for messages: "Secretary General of NATO 2014–2024".</summary>
    public string RolesText => Roles.Count == 0
        ? "public official"
        : string.Join("; ", Roles.OrderByDescending(r => r.From ?? 0).Select(r => (r.From, r.To) switch
        {
            ({ } from, { } to) => $"{r.Role} {from}–{to}",
            ({ } from, null) => $"{r.Role} since {from}",
            _ => r.Role,
        }));

    /// <summary>The words of a name without a generational suffix: "Robert F. Kennedy Jr." gives Robert, F., Kennedy.</summary>
    public static string[] NameWords(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var n = words.Length;
        while (n > 1 && words[n - 1] is "Jr." or "Jr" or "Sr." or "Sr" or "II" or "III" or "IV") n--;
        return n == words.Length ? words : words[..n];
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
