using System.Diagnostics;
using EditorialLint.Cli.Commands;
using EditorialLint.Core.Configuration;
using EditorialLint.Core.Policy;
using EditorialLint.Rules.Compilation;
using EditorialLint.Rules.Configuration;
using EditorialLint.Rules.Packs;
using EditorialLint.Rules.Running;

namespace EditorialLint.Cli.Serve;

/// <summary>
/// The rules the server lints with, and the configuration's policy. Compiled once and shared by
/// every request; a reload reads the configuration again, compiles a new set beside the old one
/// and swaps both in at once, or keeps the old ones when either fails.
/// </summary>
public sealed class LiveRuleSet
{
    private readonly Func<(CompiledRuleSet Rules, LintPolicy Policy, IReadOnlyList<string>? Preferred)> _load;
    private readonly Lock _reloading = new();
    private RuleSnapshot _current;
    private ReloadFailure? _failure;
    private int _attempts;
    private TaskCompletionSource _attempted = NewSignal();

    /// <summary>Loads the rules with <paramref name="compile"/>; a failure here is thrown, since nothing could serve.</summary>
    /// <param name="compile">Loads and compiles the rule files; called again on each reload.</param>
    /// <param name="watched">The rule files and folders a reload reads, to watch for changes.</param>
    /// <param name="policy">Configured severities and the minimum severity; the default changes nothing.</param>
    /// <param name="preferred">The newsroom's preferred spellings, for the consistency rules.</param>
    public LiveRuleSet(Func<CompiledRuleSet> compile, IReadOnlyList<string>? watched = null, LintPolicy? policy = null,
        IReadOnlyList<string>? preferred = null)
        : this(() => (compile(), policy ?? LintPolicy.Default, preferred), watched)
    {
    }

    private LiveRuleSet(Func<(CompiledRuleSet Rules, LintPolicy Policy, IReadOnlyList<string>? Preferred)> load, IReadOnlyList<string>? watched)
    {
        _load = load;
        WatchedPaths = watched ?? [];
        _current = Snapshot(1);
    }

    /// <summary>
    /// The files and folders to watch: the <c>--rules</c> paths, the configuration file and the
    /// packs it named when the server started.
    /// </summary>
    public IReadOnlyList<string> WatchedPaths { get; }

    /// <summary>The policy answers go through now: configured severities, suppressions, minimum severity.</summary>
    public LintPolicy Policy => Current.Policy;

    /// <summary>The rules in use now.</summary>
    public RuleSnapshot Current => Volatile.Read(ref _current);

    /// <summary>The last reload's failure, or null when the last reload compiled (or none was tried).</summary>
    public ReloadFailure? LastFailure => Volatile.Read(ref _failure);

    /// <summary>How many reloads have been tried, compiled or not.</summary>
    public int Attempts => Volatile.Read(ref _attempts);

    /// <summary>The rules <paramref name="options"/> choose, as <c>lint</c> would load them, with the configuration's.</summary>
    /// <exception cref="RuleLoadException">A rule or configuration file does not load; the message names file, line and column.</exception>
    /// <exception cref="UsageException">A <c>--rules</c> path does not exist.</exception>
    public static LiveRuleSet Load(ServeOptions options)
    {
        var choice = new RuleSetChoice { NoDefaultRules = options.NoDefaultRules };
        choice.RulePaths.AddRange(options.RulePaths);
        var first = Configure(options);
        LintConfiguration? configuration = first;
        return new LiveRuleSet(() =>
        {
            // The configuration read at start serves the first load; each reload reads it again.
            var current = configuration ?? Configure(options);
            configuration = null;
            return (choice.Load(current.RulePacks), new LintPolicy(current.Severities), current.Prefer);
        }, [.. options.RulePaths, .. options.ConfigPath is null ? Array.Empty<string>() : [options.ConfigPath], .. first.RulePacks]);
    }

    private static LintConfiguration Configure(ServeOptions options) =>
        options.ConfigPath is null ? LintConfiguration.None : ConfigurationReader.Read(options.ConfigPath);

    /// <summary>
    /// Reads the configuration and compiles the rule files again and swaps the result in; returns
    /// the failure, or null when it compiled.
    /// </summary>
    /// <param name="report">Told the outcome and the time taken before anyone waiting for this attempt is woken.</param>
    public ReloadFailure? Reload(Action<ReloadFailure?, TimeSpan>? report = null)
    {
        lock (_reloading)
        {
            var started = Stopwatch.GetTimestamp();
            ReloadFailure? failure = null;
            try
            {
                Volatile.Write(ref _current, Snapshot(Current.Generation + 1));
            }
            catch (RuleLoadException e)
            {
                failure = new ReloadFailure(e.Message, e.File, e.Line, e.Column, DateTimeOffset.UtcNow);
            }
            catch (Exception e)
            {
                // A rule file caught half-written or removed, a folder gone, or a compiler fault: whatever
                // it was, the rules that compiled last keep serving.
                failure = new ReloadFailure(e.Message, null, 0, 0, DateTimeOffset.UtcNow);
            }

            Volatile.Write(ref _failure, failure);
            report?.Invoke(failure, Stopwatch.GetElapsedTime(started));
            Interlocked.Increment(ref _attempts);
            Interlocked.Exchange(ref _attempted, NewSignal()).TrySetResult();
            return failure;
        }
    }

    /// <summary>Completes once at least <paramref name="attempt"/> reloads have been tried.</summary>
    public async Task WaitForAttemptAsync(int attempt, CancellationToken cancellationToken)
    {
        while (true)
        {
            var signal = Volatile.Read(ref _attempted).Task;
            if (Attempts >= attempt) return;
            await signal.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private RuleSnapshot Snapshot(int generation)
    {
        var (rules, policy, preferred) = _load();
        return new RuleSnapshot(rules, new ArticleLinter(rules, preferred), policy, generation, DateTimeOffset.UtcNow);
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
