using System.Diagnostics;
using System.Text;
using System.Text.Json;
using EditorialLint.Cli.Serve;
using Microsoft.Extensions.Logging;

namespace EditorialLint.Cli.Tests.Serve;

/// <summary>The server's JSON log: the shape of each line, and that no line is lost or torn.</summary>
public sealed partial class JsonLineLogTests
{
    [Fact]
    public void Log_StructuredMessage_WritesOneJsonLineWithTypedState()
    {
        var output = new MemoryStream();
        using (var log = new JsonLineLog(output))
        {
            Served(log.CreateLogger("EditorialLint.Cli.Serve.RequestLog"), "story-\"7\"", 6518, 2.5, null);
        }

        var text = Encoding.UTF8.GetString(output.ToArray());
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        Assert.Single(text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var line = JsonDocument.Parse(text).RootElement;
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", line.GetProperty("Timestamp").GetString());
        Assert.Equal(1, line.GetProperty("EventId").GetInt32());
        Assert.Equal("Information", line.GetProperty("LogLevel").GetString());
        Assert.Equal("EditorialLint.Cli.Serve.RequestLog", line.GetProperty("Category").GetString());
        Assert.StartsWith("served story-\"7\" bytes=6518 ms=2.5 verdict=", line.GetProperty("Message").GetString(), StringComparison.Ordinal);
        var state = line.GetProperty("State");
        Assert.Equal("story-\"7\"", state.GetProperty("ArticleId").GetString());
        Assert.Equal(JsonValueKind.Number, state.GetProperty("Bytes").ValueKind);
        Assert.Equal(6518, state.GetProperty("Bytes").GetInt64());
        Assert.Equal(2.5, state.GetProperty("ElapsedMs").GetDouble());
        Assert.Equal(JsonValueKind.Null, state.GetProperty("Verdict").ValueKind);
        Assert.Equal("served {ArticleId} bytes={Bytes} ms={ElapsedMs} verdict={Verdict}", state.GetProperty("{OriginalFormat}").GetString());
        Assert.False(line.TryGetProperty("Exception", out _));
    }

    [Fact]
    public void Log_WithException_WritesItsText()
    {
        var output = new MemoryStream();
        using (var log = new JsonLineLog(output))
        {
            log.CreateLogger("Test").LogError(new InvalidOperationException("the disk is full"), "could not save");
        }

        var line = JsonDocument.Parse(output.ToArray()).RootElement;
        Assert.Equal("Error", line.GetProperty("LogLevel").GetString());
        Assert.Equal("could not save", line.GetProperty("Message").GetString());
        Assert.Contains("InvalidOperationException: the disk is full", line.GetProperty("Exception").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Dispose_AfterManyThreadsLogged_EveryLineIsWrittenWholeAndOnce()
    {
        // A slow output makes lines queue up past the limit, so callers also wait for the writer.
        var output = new SlowStream();
        const int threads = 8, each = 2_000;
        using (var log = new JsonLineLog(output))
        {
            var logger = log.CreateLogger("Load");
            Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
            {
                for (var i = 0; i < each; i++) Served(logger, $"t{t}-{i}-" + new string('x', 200), i, 1.0, "pass");
            });
        }

        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n');
        Assert.Equal("", lines[^1]);
        var ids = lines[..^1].Select(l => JsonDocument.Parse(l).RootElement.GetProperty("State").GetProperty("ArticleId").GetString()).ToList();
        Assert.Equal(threads * each, ids.Count);
        Assert.Equal(threads * each, ids.Distinct().Count());
        Assert.True(output.Writes < threads * each / 10, $"{output.Writes} writes for {threads * each} lines: lines are not batched");
    }

    [Fact]
    public void Log_LinesArrivingOneByOne_AreGatheredIntoFewWrites()
    {
        // A busy server: one line every millisecond or so, each on its own.
        var output = new CountingStream();
        const int lines = 200;
        var clock = Stopwatch.StartNew();
        using (var log = new JsonLineLog(output))
        {
            var logger = log.CreateLogger("Load");
            for (var i = 0; i < lines; i++)
            {
                Served(logger, $"story-{i}", i, 1.0, "pass");
                Thread.Sleep(1);
            }
        }

        // About one write per gathering time (with room for a timer that fires a little early),
        // however slowly the lines came on a busy machine.
        var most = (int)(clock.Elapsed / (JsonLineLog.GatherTime * 0.75)) + 3;
        Assert.Equal(lines, Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.True(output.Writes <= most, $"{output.Writes} writes for {lines} lines in {clock.ElapsedMilliseconds} ms: the writer is woken for each line");
    }

    [Fact]
    public void Log_AfterAQuietSpell_IsWrittenWithoutWaitingForDispose()
    {
        var output = new CountingStream();
        using var log = new JsonLineLog(output);
        var logger = log.CreateLogger("Quiet");

        Served(logger, "first", 1, 1.0, "pass");
        Assert.True(output.WaitFor("first", TimeSpan.FromSeconds(10)), "the first line was not written");
        Thread.Sleep(JsonLineLog.GatherTime * 3);
        Served(logger, "second", 2, 1.0, "pass");

        Assert.True(output.WaitFor("second", TimeSpan.FromSeconds(10)), "a line after a quiet spell waits for the next one");
    }

    [Fact]
    public void Log_OutputClosed_KeepsGoingWithoutThrowing()
    {
        using var log = new JsonLineLog(new BrokenStream());
        var logger = log.CreateLogger("Test");

        for (var i = 0; i < 10_000; i++) Served(logger, "story", i, 1.0, "pass");
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "served {ArticleId} bytes={Bytes} ms={ElapsedMs} verdict={Verdict}")]
    private static partial void Served(ILogger logger, string articleId, long bytes, double elapsedMs, string? verdict);

    private sealed class SlowStream : MemoryStream
    {
        public int Writes { get; private set; }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Writes++;
            Thread.Sleep(5);
            base.Write(buffer);
        }
    }

    private sealed class CountingStream : MemoryStream
    {
        private readonly Lock _lock = new();

        public int Writes { get; private set; }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            lock (_lock)
            {
                Writes++;
                base.Write(buffer);
            }
        }

        public bool WaitFor(string text, TimeSpan limit)
        {
            var until = DateTime.UtcNow + limit;
            while (DateTime.UtcNow < until)
            {
                lock (_lock)
                {
                    if (Encoding.UTF8.GetString(GetBuffer(), 0, (int)Length).Contains(text, StringComparison.Ordinal)) return true;
                }

                Thread.Sleep(5);
            }

            return false;
        }
    }

    private sealed class BrokenStream : MemoryStream
    {
        public override void Write(ReadOnlySpan<byte> buffer) => throw new IOException("Broken pipe");
    }
}
