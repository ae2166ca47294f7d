namespace EditorialLint.Cli.Serve;

/// <summary>How <c>editorial-lint serve</c> runs: where it listens, which rules it loads, and its limits.</summary>
public sealed record ServeOptions
{
    /// <summary>The default request-size limit: 2 MiB.</summary>
    public const long DefaultMaxRequestBytes = 2 * 1024 * 1024;

    /// <summary>The addresses to listen on, separated by <c>;</c>.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>Rule files or folders given with <c>--rules</c>; these are watched and reloaded on change.</summary>
    public IReadOnlyList<string> RulePaths { get; init; } = [];

    /// <summary>
    /// A <c>.editoriallint.yaml</c> to apply: its rule packs join the <c>--rules</c> ones (and are
    /// watched with them), its severities and preferred spellings apply to every request.
    /// </summary>
    public string? ConfigPath { get; init; }

    /// <summary>Whether the shipped rule packs are left out.</summary>
    public bool NoDefaultRules { get; init; }

    /// <summary>The largest request body accepted; larger ones get <c>413</c>.</summary>
    public long MaxRequestBytes { get; init; } = DefaultMaxRequestBytes;

    /// <summary>How long one request may take to arrive and be checked.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long rule files must stay quiet after a change before they are compiled again.</summary>
    public TimeSpan ReloadDelay { get; init; } = TimeSpan.FromMilliseconds(250);
}
