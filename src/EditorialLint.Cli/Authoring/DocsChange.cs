namespace EditorialLint.Cli.Authoring;

/// <summary>One file the documentation needs changed: written with <paramref name="Content"/>, or deleted when it is null.</summary>
/// <param name="Path">The file's full path.</param>
/// <param name="Content">The file's new content; null to delete a page whose rule is gone.</param>
public sealed record DocsChange(string Path, string? Content)
{
    /// <summary>Whether the file is deleted.</summary>
    public bool IsDelete => Content is null;
}
