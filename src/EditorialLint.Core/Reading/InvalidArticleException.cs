namespace EditorialLint.Core.Reading;

/// <summary>
/// A structured article (CMS JSON) that is malformed or lacks a required part; carries the
/// 1-based line and column of the problem.
/// </summary>
public sealed class InvalidArticleException : UnreadableInputException
{
    /// <summary>Creates the exception; the message is prefixed with <c>path:line:column:</c>.</summary>
    /// <param name="path">The input's path, as given.</param>
    /// <param name="line">The 1-based line of the problem.</param>
    /// <param name="column">The 1-based column of the problem, in UTF-16 code units.</param>
    /// <param name="problem">What is wrong and what to do, without the location.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public InvalidArticleException(string path, int line, int column, string problem, Exception? innerException = null)
        : base(path, $"{path}:{line}:{column}: {problem}", innerException)
    {
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>The 1-based line of the problem.</summary>
    public int Line { get; }

    /// <summary>The 1-based column of the problem, in UTF-16 code units.</summary>
    public int Column { get; }

    /// <summary>What is wrong, without the location prefix.</summary>
    public string Problem { get; }
}
