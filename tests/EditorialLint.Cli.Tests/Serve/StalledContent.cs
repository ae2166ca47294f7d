using System.Net;
using System.Text;

namespace EditorialLint.Cli.Tests.Serve;

/// <summary>
/// A request body of unknown length that sends <paramref name="head"/>, then waits until released
/// before sending <paramref name="tail"/>: a CMS whose upload stalls, or one still in flight.
/// </summary>
internal sealed class StalledContent(string head, string tail) : HttpContent
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _headSent = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task HeadSent => _headSent.Task;

    public void Release() => _release.TrySetResult();

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await stream.WriteAsync(Encoding.UTF8.GetBytes(head));
        await stream.FlushAsync();
        _headSent.TrySetResult();
        await _release.Task;
        await stream.WriteAsync(Encoding.UTF8.GetBytes(tail));
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
