using EditorialLint.Rules.Packs;

namespace EditorialLint.Rules.Officials;

/// <summary>The officials registry read from <c>officials.yaml</c>: data, not code.</summary>
public sealed class OfficialRegistry
{
    private static readonly HashSet<string> RootKeys = new(StringComparer.Ordinal) { "officials" };
    private static readonly HashSet<string> OfficialKeys = new(StringComparer.Ordinal) { "name", "gender", "alternatives", "misspellings", "roles" };
    private static readonly HashSet<string> RoleKeys = new(StringComparer.Ordinal) { "role", "country", "from", "to", "titles" };

    private OfficialRegistry(IReadOnlyList<Official> officials) => Officials = officials;

    /// <summary>All officials, indexed by <see cref="Official.Id"/>.</summary>
    public IReadOnlyList<Official> Officials { get; }

    /// <summary>Reads the registry, refusing duplicates and entries without a role.</summary>
    public static OfficialRegistry Parse(string file, string yaml)
    {
        var root = YamlMap.Parse(file, yaml);
        root.AllowOnly(RootKeys, "the officials registry");
        var officials = new List<Official>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in root.Maps("officials"))
        {
            entry.AllowOnly(OfficialKeys, "an official");
            var name = entry.RequiredString("name", "an official");
            var gender = entry.String("gender");
            if (gender is not (null or "male" or "female"))
                throw entry.ErrorAt("gender", $"official '{name}': gender must be male or female");
            var alternatives = entry.StringValues("alternatives");
            var misspellings = entry.StringValues("misspellings");
            foreach (var form in alternatives.Append(name))
            {
                if (form.Contains(' ') || form == name)
                {
                    if (seen.TryGetValue(form, out var owner))
                        throw entry.ErrorHere($"official '{name}': the name '{form}' is already {owner}'s");
                    seen[form] = name;
                }
            }

            var roles = entry.Maps("roles").Select(r =>
            {
                r.AllowOnly(RoleKeys, "a role");
                var from = r.Has("from") ? r.Int("from", 0) : (int?)null;
                var to = r.Has("to") ? r.Int("to", 0) : (int?)null;
                return new OfficialRole(r.RequiredString("role", $"a role of {name}"), r.String("country") ?? "",
                    from, to, r.StringValues("titles"));
            }).ToList();
            if (roles.Count == 0) throw entry.ErrorHere($"official '{name}' has no role");
            officials.Add(new Official(officials.Count, name, gender, alternatives, misspellings, roles));
        }

        return new OfficialRegistry(officials);
    }
}
