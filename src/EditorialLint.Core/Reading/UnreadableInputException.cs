namespace EditorialLint.Core.Reading;

/// <summary>
/// An input that cannot be linted: not text, not decodable, or not a valid article. The
/// <see cref="Exception.Message"/> is one line that names the file and says what to do.
/// </summary>
public class UnreadableInputException : Exception
{
    /// <summary>Creates the exception for <paramref name="path"/>.</summary>
    /// <param name="path">The input's path, as given.</param>
    /// <param name="message">One line a person can act on; it names the file.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public UnreadableInputException(string path, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Path = path;
    }

    /// <summary>The input's path, as given.</summary>
    public string Path { get; }
}
