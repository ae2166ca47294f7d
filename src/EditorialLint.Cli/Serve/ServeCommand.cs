using System.Globalization;
using EditorialLint.Cli.Commands;

namespace EditorialLint.Cli.Serve;

/// <summary><c>editorial-lint serve</c>: the CMS pre-publish hook and the editor's page over HTTP.</summary>
public static class ServeCommand
{
    /// <summary>Runs the server until it is stopped (Ctrl+C or SIGTERM); returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter errors)
    {
        var options = Parse(args);
        var rules = LiveRuleSet.Load(options);
        using var app = ServeApp.Build(options, rules);
        try
        {
            app.Run();
        }
        catch (IOException e)
        {
            // Kestrel reports an address in use or one it cannot bind as an IOException.
            errors.WriteLine($"editorial-lint: serve: cannot listen on {options.Urls}: {e.Message}");
            return 2;
        }

        return 0;
    }

    /// <summary>Reads the command line of <c>serve</c> into options, refusing what it cannot act on.</summary>
    public static ServeOptions Parse(string[] args)
    {
        var reader = new ArgumentReader("serve", args);
        var rules = new RuleSetChoice();
        var options = new ServeOptions();
        while (reader.TryNext(out var raw))
        {
            if (!raw.StartsWith("--", StringComparison.Ordinal))
                throw new UsageException($"serve: unexpected argument '{raw}'; articles arrive over HTTP, not on the command line");
            var option = reader.Option(raw);
            if (rules.TryRead(option, reader)) continue;
            switch (option)
            {
                case "--urls":
                    options = options with { Urls = CheckUrls(reader.Value(option)) };
                    break;
                case "--max-request-size":
                    options = options with { MaxRequestBytes = ParseSize(reader.Value(option)) };
                    break;
                case "--config":
                    var config = reader.Value(option);
                    if (!File.Exists(config)) throw new UsageException($"serve: --config {config}: no such file");
                    options = options with { ConfigPath = config };
                    break;
                case "--request-timeout":
                    options = options with { RequestTimeout = ParseDuration(reader.Value(option)) };
                    break;
                default:
                    throw reader.Unknown(option);
            }
        }

        if (rules.NoDefaultRules && rules.RulePaths.Count == 0 && options.ConfigPath is null)
            throw new UsageException("serve: --no-default-rules needs at least one --rules PATH (or a --config that names rule packs)");
        return options with { RulePaths = [.. rules.RulePaths], NoDefaultRules = rules.NoDefaultRules };
    }

    private static string CheckUrls(string urls)
    {
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Kestrel accepts * and + for "every address"; Uri does not, so check a stand-in host.
            var probe = url.Replace("://*", "://any", StringComparison.Ordinal).Replace("://+", "://any", StringComparison.Ordinal);
            if (!Uri.TryCreate(probe, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp)
                throw new UsageException($"serve: --urls '{url}' is not an http:// address such as http://127.0.0.1:5080");
        }

        return urls;
    }

    private static long ParseSize(string text)
    {
        var units = new (string Suffix, long Factor)[] { ("MiB", 1024 * 1024), ("KiB", 1024), ("MB", 1000 * 1000), ("KB", 1000), ("B", 1) };
        foreach (var (suffix, factor) in units)
        {
            if (!text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) continue;
            if (double.TryParse(text[..^suffix.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n >= 1 && n * factor <= int.MaxValue)
                return (long)(n * factor);
            break;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var bytes) && bytes >= 1 && bytes <= int.MaxValue)
            return bytes;
        throw new UsageException($"serve: --max-request-size needs a size such as 2MiB, 512KiB or 1048576 (bytes), not '{text}'");
    }

    private static TimeSpan ParseDuration(string text)
    {
        var (number, factor) = text.EndsWith("ms", StringComparison.OrdinalIgnoreCase) ? (text[..^2], 0.001)
            : text.EndsWith('s') ? (text[..^1], 1.0)
            : (text, 1.0);
        if (double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n > 0 && n * factor <= 3600)
            return TimeSpan.FromSeconds(n * factor);
        throw new UsageException($"serve: --request-timeout needs a duration such as 10s or 500ms (at most an hour), not '{text}'");
    }
}
