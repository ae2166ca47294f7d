using Spectre.Console;

namespace EditorialLint.Cli.Progress;

/// <summary>
/// A progress bar on standard error while many files are linted, for a person watching a terminal.
/// Nothing at all when standard error is piped or redirected, so logs and scripts stay clean.
/// </summary>
public static class LintProgress
{
    /// <summary>Runs of up to this many files finish too soon for a bar to help.</summary>
    public const int MinFiles = 20;

    /// <summary>Whether a run over <paramref name="files"/> files shows a bar, given where errors go.</summary>
    public static bool ShouldShow(int files, bool errorsToTerminal) => errorsToTerminal && files > MinFiles;

    /// <summary>Whether <paramref name="errors"/> is the process's standard error and that is a terminal.</summary>
    public static bool IsTerminal(TextWriter errors) =>
        ReferenceEquals(errors, Console.Error)
        && !Console.IsErrorRedirected
        && !string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);

    /// <summary>
    /// Runs <paramref name="work"/> under a bar counting up to <paramref name="files"/>; the work
    /// calls the action it is given once per file finished, from any thread. The bar is cleared at the end.
    /// </summary>
    public static void Run(string label, int files, Action<Action> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        // Interactive by our own test above: Spectre's guess looks at standard output, which may be piped.
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Error),
            Interactive = InteractionSupport.Yes,
        });
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask($"{label} {files} files", maxValue: files);
                work(() => task.Increment(1));
            });
    }
}
