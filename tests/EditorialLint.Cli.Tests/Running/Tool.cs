namespace EditorialLint.Cli.Tests.Running;

/// <summary>Runs <c>editorial-lint</c> in-process from the repository root, as a user would from a shell there.</summary>
internal static class Tool
{
    /// <summary>Runs the tool with <paramref name="args"/> and an empty standard input.</summary>
    public static CliResult Run(params string[] args) => RunWithStdin(string.Empty, args);

    /// <summary>Runs the tool with <paramref name="args"/>, feeding <paramref name="stdin"/> as standard input.</summary>
    public static CliResult RunWithStdin(string stdin, params string[] args)
    {
        RepositoryRoot.Enter();
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var code = EntryPoint.Run(args, new StringReader(stdin), stdout, stderr);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }
}
