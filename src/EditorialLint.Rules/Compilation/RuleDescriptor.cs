using EditorialLint.Core.Diagnostics;

namespace EditorialLint.Rules.Compilation;

/// <summary>What a loaded rule is, as a Roslyn descriptor says it: for messages, listings and documentation.</summary>
/// <param name="Id">The rule id.</param>
/// <param name="Title">A short title.</param>
/// <param name="Category">Its category.</param>
/// <param name="Severity">Its default severity.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="MessageTemplate">The message template.</param>
/// <param name="Description">Longer documentation.</param>
/// <param name="Source">The pack file it came from.</param>
/// <param name="Line">Its line in that file.</param>
public sealed record RuleDescriptor(string Id, string Title, string Category, Severity Severity, string Kind,
    string MessageTemplate, string Description, string Source, int Line)
{
    /// <summary>Where its documentation page lives.</summary>
    public string HelpUri => $"https://github.com/editorial-lint/editorial-lint/blob/main/docs/rules/{Id}.md";

    /// <summary>Fills the message template from <paramref name="values"/>; unknown placeholders stay as written.</summary>
    public string FormatMessage(IReadOnlyDictionary<string, string> values)
    {
        var template = MessageTemplate;
        var sb = new System.Text.StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                sb.Append(template, i, template.Length - i);
                break;
            }

            var close = template.IndexOf('}', open + 1);
            if (close < 0)
            {
                sb.Append(template, i, template.Length - i);
                break;
            }

            sb.Append(template, i, open - i);
            var key = template[(open + 1)..close];
            sb.Append(values.TryGetValue(key, out var value) ? value : template[open..(close + 1)]);
            i = close + 1;
        }

        return sb.ToString();
    }
}
