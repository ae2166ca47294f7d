using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace EditorialLint.Cli.Tests.Serve;

/// <summary>A log provider that keeps every entry, with its structured values, for assertions.</summary>
internal sealed class CapturedLog : ILoggerProvider
{
    private readonly ConcurrentQueue<Entry> _entries = new();

    public IReadOnlyList<Entry> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    /// <summary>The entries of <paramref name="category"/> (its last dotted part is enough).</summary>
    public IReadOnlyList<Entry> Of(string category) =>
        Entries.Where(e => e.Category == category || e.Category.EndsWith("." + category, StringComparison.Ordinal)).ToList();

    internal sealed record Entry(string Category, LogLevel Level, int EventId, string Message, IReadOnlyDictionary<string, object?> Values);

    private sealed class Logger(CapturedLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.ToDictionary(p => p.Key, p => p.Value)
                : new Dictionary<string, object?>();
            log._entries.Enqueue(new Entry(category, logLevel, eventId.Id, formatter(state, exception), values));
        }
    }
}
