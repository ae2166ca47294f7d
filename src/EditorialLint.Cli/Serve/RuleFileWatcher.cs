using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EditorialLint.Cli.Serve;

/// <summary>
/// Watches the <c>--rules</c> files and folders and the configuration file; once they have been
/// quiet for a moment after a change, loads them again in the background and swaps the result in.
/// </summary>
internal sealed partial class RuleFileWatcher : IHostedService, IDisposable
{
    // Rule packs and the data files they read (lexicons, registries).
    private static readonly string[] WatchedExtensions = [".yaml", ".yml", ".txt", ".tsv", ".csv", ".json"];

    private readonly LiveRuleSet _rules;
    private readonly IReadOnlyList<string> _paths;
    private readonly TimeSpan _delay;
    private readonly ILogger<RuleFileWatcher> _logger;
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;
    private volatile bool _stopped;

    public RuleFileWatcher(LiveRuleSet rules, IReadOnlyList<string> paths, TimeSpan delay, ILogger<RuleFileWatcher> logger)
    {
        _rules = rules;
        _paths = paths;
        _delay = delay;
        _logger = logger;
        _timer = new Timer(_ => Reload(), null, Timeout.Infinite, Timeout.Infinite);
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var path in _paths.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal))
        {
            FileSystemWatcher watcher;
            string? onlyFile = null;
            if (Directory.Exists(path))
            {
                watcher = new FileSystemWatcher(path) { IncludeSubdirectories = true };
            }
            else
            {
                // A single pack: watch its folder (editors save by renaming), not the folders below it.
                onlyFile = Path.GetFileName(path);
                watcher = new FileSystemWatcher(Path.GetDirectoryName(path)!) { IncludeSubdirectories = false };
            }

            watcher.NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size;
            FileSystemEventHandler changed = (_, e) => OnChange(e.Name, onlyFile);
            watcher.Changed += changed;
            watcher.Created += changed;
            watcher.Deleted += changed;
            watcher.Renamed += (_, e) =>
            {
                OnChange(e.OldName, onlyFile);
                OnChange(e.Name, onlyFile);
            };
            watcher.Error += (_, e) =>
            {
                LogWatchError(_logger, e.GetException().Message);
                Schedule();
            };
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
            LogWatching(_logger, path);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _stopped = true;
        _timer.Change(Timeout.Infinite, Timeout.Infinite);
        foreach (var watcher in _watchers) watcher.EnableRaisingEvents = false;
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _timer.Dispose();
        foreach (var watcher in _watchers) watcher.Dispose();
    }

    private void OnChange(string? name, string? onlyFile)
    {
        if (name is null) return;
        var file = Path.GetFileName(name);
        if (file == onlyFile)
        {
            // The watched file itself, even when its name starts with a dot (.editoriallint.yaml).
            Schedule();
            return;
        }

        if (file.StartsWith('.') || file.EndsWith('~')) return; // editor backups and swap files
        if (onlyFile is not null && file != onlyFile && !WatchedExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase))
            return;
        if (onlyFile is null && Path.HasExtension(file) && !WatchedExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase))
            return;
        Schedule();
    }

    // Every change pushes the reload back, so a save that touches several files compiles once.
    private void Schedule()
    {
        if (!_stopped) _timer.Change(_delay, Timeout.InfiniteTimeSpan);
    }

    private void Reload()
    {
        if (_stopped) return;
        var before = _rules.Current.Generation;
        _rules.Reload((failure, elapsed) =>
        {
            if (failure is null)
                LogReloaded(_logger, _rules.Current.Generation, _rules.Current.Rules.Descriptors.Count, elapsed.TotalMilliseconds);
            else
                LogReloadFailed(_logger, before, failure.Message);
        });
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "watching rule files in {Path}")]
    private static partial void LogWatching(ILogger logger, string path);

    [LoggerMessage(EventId = 11, Level = LogLevel.Information, Message = "rules reloaded: generation {Generation}, {RuleCount} rules, compiled in {ElapsedMs:F0} ms")]
    private static partial void LogReloaded(ILogger logger, int generation, int ruleCount, double elapsedMs);

    [LoggerMessage(EventId = 12, Level = LogLevel.Error, Message = "rules reload failed, still serving generation {Generation}: {Problem}")]
    private static partial void LogReloadFailed(ILogger logger, int generation, string problem);

    [LoggerMessage(EventId = 13, Level = LogLevel.Warning, Message = "rule file watcher lost events ({Problem}); compiling the rules again")]
    private static partial void LogWatchError(ILogger logger, string problem);
}
