using EditorialLint.Cli.Serve;

namespace EditorialLint.Cli.Tests.Serve;

/// <summary>
/// The server's checks run in the order the articles arrived, on the lane's own threads; one whose
/// request gave up before its turn is not run; a failure reaches the request; and stopping the
/// server lets the checks already queued finish.
/// </summary>
public sealed class CheckLaneTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Run_ChecksQueuedBehindABusyThread_RunInTheOrderTheyCame()
    {
        using var lane = new CheckLane(1);
        using var gate = new ManualResetEventSlim();
        var order = new List<int>();
        var first = lane.Run(() => { gate.Wait(Wait); return Add(order, 0); }, CancellationToken.None);
        var rest = Enumerable.Range(1, 20).Select(i => lane.Run(() => Add(order, i), CancellationToken.None)).ToList();

        gate.Set();
        await Task.WhenAll(rest.Prepend(first)).WaitAsync(Wait);

        Assert.Equal(Enumerable.Range(0, 21), order);
    }

    [Fact]
    public async Task Run_OnSeveralThreads_RunsChecksSideBySideOffThePool()
    {
        using var lane = new CheckLane(2);
        using var both = new CountdownEvent(2);
        var threads = new bool[2];
        var checks = Enumerable.Range(0, 2).Select(i => lane.Run(() =>
        {
            threads[i] = Thread.CurrentThread.IsThreadPoolThread;
            both.Signal();
            // Each waits for the other: only two threads at once get both past this.
            return both.Wait(Wait);
        }, CancellationToken.None)).ToList();

        var results = await Task.WhenAll(checks).WaitAsync(Wait);

        Assert.Equal([true, true], results);
        Assert.Equal([false, false], threads);
    }

    [Fact]
    public async Task Run_RequestGaveUpBeforeItsTurn_CheckDoesNotRun()
    {
        using var lane = new CheckLane(1);
        using var gate = new ManualResetEventSlim();
        using var gaveUp = new CancellationTokenSource();
        var ran = false;
        var first = lane.Run(() => gate.Wait(Wait), CancellationToken.None);
        var second = lane.Run(() => ran = true, gaveUp.Token);

        await gaveUp.CancelAsync();
        gate.Set();
        await first.WaitAsync(Wait);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second.WaitAsync(Wait));
        Assert.False(ran);
    }

    [Fact]
    public async Task Run_CheckThrows_TheRequestGetsTheException()
    {
        using var lane = new CheckLane(1);

        var check = lane.Run<int>(() => throw new InvalidDataException("unreadable"), CancellationToken.None);

        var e = await Assert.ThrowsAsync<InvalidDataException>(() => check.WaitAsync(Wait));
        Assert.Equal("unreadable", e.Message);
        Assert.Equal(7, await lane.Run(() => 7, CancellationToken.None).WaitAsync(Wait));
    }

    [Fact]
    public void Dispose_ChecksStillQueued_FinishBeforeItReturns()
    {
        var lane = new CheckLane(1);
        var done = 0;
        var checks = Enumerable.Range(0, 5).Select(_ => lane.Run(() => { Thread.Sleep(20); return Interlocked.Increment(ref done); }, CancellationToken.None)).ToList();

        lane.Dispose();

        Assert.Equal(5, done);
        Assert.All(checks, c => Assert.True(c.IsCompletedSuccessfully));
    }

    private static int Add(List<int> order, int i)
    {
        lock (order) order.Add(i);
        return i;
    }
}
