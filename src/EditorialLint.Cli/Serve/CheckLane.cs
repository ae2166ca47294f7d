using System.Collections.Concurrent;

namespace EditorialLint.Cli.Serve;

/// <summary>
/// Runs the checks of articles on as many threads of their own as the machine has cores, in the
/// order the articles arrived. On the thread pool, a check queued from a pool thread goes on that
/// thread's own queue, which it takes newest first, and the pool adds threads when its work runs
/// long: under load, a late article could be checked before ones that came earlier, and more
/// checks than cores would share the processors, so the slowest answers took twice the typical
/// time. Here every check waits its turn behind those that came before it, and the pool is left to
/// reading requests and writing answers.
/// </summary>
internal sealed class CheckLane : IDisposable
{
    private readonly BlockingCollection<Action> _queue = new(new ConcurrentQueue<Action>());
    private readonly Thread[] _threads;

    /// <summary>Starts <paramref name="threads"/> threads (at least one).</summary>
    public CheckLane(int threads)
    {
        _threads = new Thread[Math.Max(1, threads)];
        for (var i = 0; i < _threads.Length; i++)
        {
            _threads[i] = new Thread(Work) { IsBackground = true, Name = "editorial-lint check" };
            _threads[i].Start();
        }
    }

    /// <summary>Number of threads checking.</summary>
    public int Threads => _threads.Length;

    /// <summary>
    /// Queues <paramref name="check"/> behind those already waiting. A check whose
    /// <paramref name="cancellationToken"/> is cancelled before its turn does not run.
    /// </summary>
    public Task<T> Run<T>(Func<T> check, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        _queue.Add(() =>
        {
            if (cancellationToken.IsCancellationRequested)
            {
                done.TrySetCanceled(cancellationToken);
                return;
            }

            try
            {
                done.TrySetResult(check());
            }
            catch (Exception e)
            {
                done.TrySetException(e);
            }
        });
        return done.Task;
    }

    /// <summary>Lets the checks already queued finish, then stops the threads.</summary>
    public void Dispose()
    {
        _queue.CompleteAdding();
        foreach (var thread in _threads) thread.Join();
        _queue.Dispose();
    }

    private void Work()
    {
        foreach (var item in _queue.GetConsumingEnumerable()) item();
    }
}
