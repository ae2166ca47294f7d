namespace EditorialLint.Core.Diagnostics;

/// <summary>The contract's spelling of severities: <c>error</c>, <c>warning</c>, <c>suggestion</c>.</summary>
public static class SeverityNames
{
    /// <summary>The names accepted in rule files and configuration, in order of severity.</summary>
    public static IReadOnlyList<string> All { get; } = ["suggestion", "warning", "error"];

    /// <summary>The contract name of a severity.</summary>
    public static string ToName(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "suggestion",
    };

    /// <summary>Parses a contract name; returns false for anything else.</summary>
    public static bool TryParse(string? name, out Severity severity)
    {
        switch (name)
        {
            case "error": severity = Severity.Error; return true;
            case "warning": severity = Severity.Warning; return true;
            case "suggestion": severity = Severity.Suggestion; return true;
            default: severity = Severity.Suggestion; return false;
        }
    }
}
