namespace EditorialLint.Cli;

/// <summary>Reads options and positional arguments of one command, refusing unknown options.</summary>
internal sealed class ArgumentReader
{
    private readonly Queue<string> _args;
    private readonly string _command;

    public ArgumentReader(string command, IEnumerable<string> args)
    {
        _command = command;
        _args = new Queue<string>(args);
    }

    public bool TryNext(out string arg) => _args.TryDequeue(out arg!);

    public string Value(string option)
    {
        if (!_args.TryDequeue(out var value) || (value.StartsWith("--", StringComparison.Ordinal) && value.Length > 2))
            throw new UsageException($"{_command}: option {option} needs a value");
        return value;
    }

    public UsageException Unknown(string option) =>
        new($"{_command}: unknown option '{option}'; run 'editorial-lint --help' for the options");

    /// <summary>Splits <c>--name=value</c> into the option and a value pushed back for <see cref="Value"/>.</summary>
    public string Option(string arg)
    {
        var eq = arg.IndexOf('=');
        if (!arg.StartsWith("--", StringComparison.Ordinal) || eq < 0) return arg;
        var rest = _args.ToList();
        _args.Clear();
        _args.Enqueue(arg[(eq + 1)..]);
        foreach (var r in rest) _args.Enqueue(r);
        return arg[..eq];
    }
}
