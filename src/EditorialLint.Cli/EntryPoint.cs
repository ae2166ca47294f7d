using System.Text;
using EditorialLint.Cli.Commands;
using EditorialLint.Rules.Packs;

namespace EditorialLint.Cli;

/// <summary>The command line's entry: picks the verb and hands over to its command.</summary>
public static class EntryPoint
{
    /// <summary>The usage text.</summary>
    public const string Usage = """
        editorial-lint: a linter for news copy

        usage:
          editorial-lint lint [PATH|GLOB|-]... [--format text|json|sarif|github] [--rules PATH]... [--no-default-rules]
                              [--min-severity suggestion|warning|error] [--config FILE] [--jobs N] [--fix [--dry-run]]
              --config    an .editoriallint.yaml for every file (default: the nearest one above each file)
              --fix       apply every diagnostic's single fix in place, then report what remains
                          (with -, print the fixed article); --dry-run prints a unified diff instead
          editorial-lint rules list [--rules PATH]... [--no-default-rules]
          editorial-lint rules test [PATH] [--rules PATH]... [--no-default-rules]
          editorial-lint rules explain ID [--rules PATH]...
          editorial-lint rules new ID --kind KIND --category CATEGORY [--out FILE]
          editorial-lint rules docs [--out docs/rules] [--readme README.md] [--check]
          editorial-lint serve [--urls http://127.0.0.1:5080] [--rules PATH]... [--no-default-rules] [--config FILE]
                               [--max-request-size 2MiB] [--request-timeout 10s]

        exit codes: 0 no error-severity diagnostic; 1 at least one; 2 usage, rule-file or unreadable input.
        """;

    /// <summary>Runs the tool with <paramref name="args"/>, writing to the given streams; returns the exit code.</summary>
    public static int Run(string[] args, TextReader? stdin = null, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        var output = stdout ?? Console.Out;
        var errors = stderr ?? Console.Error;
        try
        {
            if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
            {
                output.WriteLine(Usage);
                return args.Length == 0 ? 2 : 0;
            }

            if (args[0] is "--version")
            {
                output.WriteLine(ToolInfo.Version);
                return 0;
            }

            return args[0] switch
            {
                "lint" => Lint(args[1..], stdin ?? Console.In, stdout, errors),
                "rules" => RulesCommand.Run(args[1..], output, errors),
                "serve" => Serve.ServeCommand.Run(args[1..], output, errors),
                _ => throw new UsageException($"unknown command '{args[0]}'; use lint, rules or serve (see --help)"),
            };
        }
        catch (UsageException e)
        {
            errors.WriteLine($"editorial-lint: {e.Message}");
            return 2;
        }
        catch (RuleLoadException e)
        {
            errors.WriteLine($"{e.Message}");
            return 2;
        }
    }

    /// <summary>
    /// Runs <c>lint</c>. Its report goes to the console line by line; redirected to a file or a pipe,
    /// it goes in blocks, as a report of many articles would otherwise take a system call per line
    /// (tens of thousands for a thousand articles, on the thread that writes the report in order).
    /// </summary>
    private static int Lint(string[] args, TextReader stdin, TextWriter? stdout, TextWriter errors)
    {
        if (stdout is not null || !Console.IsOutputRedirected || Console.OutputEncoding.CodePage != Encoding.UTF8.CodePage)
            return LintCommand.Run(args, stdin, stdout ?? Console.Out, errors);

        using var buffered = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
        return LintCommand.Run(args, stdin, buffered, errors);
    }
}
