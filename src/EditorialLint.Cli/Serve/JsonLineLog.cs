using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace EditorialLint.Cli.Serve;

/// <summary>
/// The server's log: one JSON object per line, in the shape of ASP.NET Core's JSON console log
/// (<c>Timestamp</c>, <c>EventId</c>, <c>LogLevel</c>, <c>Category</c>, <c>Message</c>, <c>Exception</c>,
/// <c>State</c>), so the tools that read that log read this one.
/// A request pays only for formatting its line: one writer thread takes every line queued since its
/// last write and writes them in one go, instead of one locked, flushed write per line. After a
/// write it lets lines gather for <see cref="GatherTime"/> before the next, so a busy server wakes
/// it a few dozen times a second rather than once a request; an idle writer is woken at once. Lines
/// are never dropped: a caller waits while more than <see cref="MaxPendingBytes"/> are queued (the
/// output is not keeping up), and disposing writes out everything queued.
/// </summary>
internal sealed class JsonLineLog : ILoggerProvider
{
    /// <summary>How many bytes of lines may wait for the writer before callers wait for it.</summary>
    public const int MaxPendingBytes = 1 << 20;

    /// <summary>How long the writer lets lines gather after a write before it takes them.</summary>
    public static readonly TimeSpan GatherTime = TimeSpan.FromMilliseconds(20);

    private static readonly JsonWriterOptions Options = new() { Indented = false };

    [ThreadStatic]
    private static LineBuffer? t_line;

    private readonly Stream _output;
    private readonly object _gate = new();
    private readonly Thread _writer;
    private ArrayBufferWriter<byte> _pending = new(64 * 1024);
    private ArrayBufferWriter<byte> _writing = new(64 * 1024);
    private bool _stopping;
    private bool _failed;
    private bool _idle;

    /// <summary>Starts the writer; lines go to <paramref name="output"/>, which the log does not close.</summary>
    public JsonLineLog(Stream output)
    {
        _output = output;
        _writer = new Thread(Write) { IsBackground = true, Name = "editorial-lint log" };
        _writer.Start();
    }

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    /// <summary>Writes out every line queued so far, then stops the writer.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_stopping) return;
            _stopping = true;
            Monitor.PulseAll(_gate);
        }

        _writer.Join();
    }

    private void Enqueue(ReadOnlySpan<byte> line)
    {
        lock (_gate)
        {
            while (_pending.WrittenCount > MaxPendingBytes && !_stopping && !_failed) Monitor.Wait(_gate);
            if (_failed) return;
            _pending.Write(line);
            // A writer that is gathering takes the line when its time is up, or sooner when the queue fills.
            if (_idle || _pending.WrittenCount > MaxPendingBytes) Monitor.PulseAll(_gate);
        }
    }

    private void Write()
    {
        while (true)
        {
            lock (_gate)
            {
                while (_pending.WrittenCount == 0 && !_stopping)
                {
                    _idle = true;
                    Monitor.Wait(_gate);
                    _idle = false;
                }

                if (_pending.WrittenCount == 0) return;
                (_pending, _writing) = (_writing, _pending);
                Monitor.PulseAll(_gate);
            }

            try
            {
                _output.Write(_writing.WrittenSpan);
                _output.Flush();
            }
            catch (IOException)
            {
                // Standard output is gone (a closed pipe): the server keeps serving, without its log.
                lock (_gate)
                {
                    _failed = true;
                    Monitor.PulseAll(_gate);
                }

                return;
            }
            finally
            {
                _writing.ResetWrittenCount();
            }

            lock (_gate)
            {
                if (!_stopping && _pending.WrittenCount <= MaxPendingBytes) Monitor.Wait(_gate, GatherTime);
            }
        }
    }

    private static void WriteValue(Utf8JsonWriter json, string name, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNull(name);
                break;
            case bool b:
                json.WriteBoolean(name, b);
                break;
            case int i:
                json.WriteNumber(name, i);
                break;
            case long l:
                json.WriteNumber(name, l);
                break;
            case double d:
                json.WriteNumber(name, d);
                break;
            case float f:
                json.WriteNumber(name, f);
                break;
            case decimal m:
                json.WriteNumber(name, m);
                break;
            case uint u:
                json.WriteNumber(name, u);
                break;
            case ulong ul:
                json.WriteNumber(name, ul);
                break;
            case short s:
                json.WriteNumber(name, s);
                break;
            case ushort us:
                json.WriteNumber(name, us);
                break;
            case byte by:
                json.WriteNumber(name, by);
                break;
            case sbyte sb:
                json.WriteNumber(name, sb);
                break;
            case string text:
                json.WriteString(name, text);
                break;
            default:
                json.WriteString(name, Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static string LevelName(LogLevel level) => level switch
    {
        LogLevel.Trace => nameof(LogLevel.Trace),
        LogLevel.Debug => nameof(LogLevel.Debug),
        LogLevel.Information => nameof(LogLevel.Information),
        LogLevel.Warning => nameof(LogLevel.Warning),
        LogLevel.Error => nameof(LogLevel.Error),
        LogLevel.Critical => nameof(LogLevel.Critical),
        _ => level.ToString(),
    };

    /// <summary>One thread's line under construction, reused for its next line.</summary>
    private sealed class LineBuffer
    {
        public readonly ArrayBufferWriter<byte> Bytes = new(1024);
        public readonly Utf8JsonWriter Json;

        public LineBuffer() => Json = new Utf8JsonWriter(Bytes, Options);
    }

    private sealed class Logger(JsonLineLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            var line = t_line ??= new LineBuffer();
            line.Bytes.ResetWrittenCount();
            var json = line.Json;
            json.Reset(line.Bytes);
            json.WriteStartObject();
            Span<char> stamp = stackalloc char[24];
            DateTime.UtcNow.TryFormat(stamp, out var length, "yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
            json.WriteString("Timestamp", stamp[..length]);
            json.WriteNumber("EventId", eventId.Id);
            json.WriteString("LogLevel", LevelName(logLevel));
            json.WriteString("Category", category);
            json.WriteString("Message", formatter(state, exception));
            if (exception is not null) json.WriteString("Exception", exception.ToString());
            if (state is IReadOnlyList<KeyValuePair<string, object?>> values)
            {
                json.WriteStartObject("State");
                foreach (var (name, value) in values) WriteValue(json, name, value);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.Flush();
            line.Bytes.Write("\n"u8);
            log.Enqueue(line.Bytes.WrittenSpan);
        }
    }
}
