namespace EditorialLint.Core.Diagnostics;

/// <summary>How serious a diagnostic is; ordered so that a higher value is more severe.</summary>
public enum Severity
{
    /// <summary>A hint an editor may take or leave.</summary>
    Suggestion = 0,

    /// <summary>Probably wrong; an editor should look.</summary>
    Warning = 1,

    /// <summary>Wrong; blocks publishing and makes the command exit 1.</summary>
    Error = 2,
}
