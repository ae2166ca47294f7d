namespace EditorialLint.Cli;

/// <summary>The command line's entry: parses the verb and hands over to its command.</summary>
public static class EntryPoint
{
    /// <summary>Runs the tool with the given arguments and returns the process exit code.</summary>
    public static int Run(string[] args)
    {
        Console.Error.WriteLine("editorial-lint: no command yet");
        return 2;
    }
}
