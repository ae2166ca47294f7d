namespace EditorialLint.Cli;

/// <summary>A command line the tool cannot act on; reported in one line with exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
