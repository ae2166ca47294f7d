namespace EditorialLint.Rules.Officials;

/// <summary>A post an official held, with the titles that fit it in copy.</summary>
/// <param name="Role">The post, e.g. "White House press secretary".</param>
/// <param name="Country">Country or organisation code.</param>
/// <param name="From">First year, when known.</param>
/// <param name="To">Last year, when known and over.</param>
/// <param name="Titles">Lower-case title phrases that correctly precede the name for this post.</param>
public sealed record OfficialRole(string Role, string Country, int? From, int? To, IReadOnlyList<string> Titles);
