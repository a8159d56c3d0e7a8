using Overlay.Web.Events;
using Overlay.Web.Upstream;

namespace Overlay.Web.Pipeline;

/// <summary>
/// The end of a stream may show only as a close code (4001, 4005 or 1000, protocol.md §4 streamEnd): when the
/// connection starts waiting for that reason, this feeds a <see cref="StreamEndEvent"/> through the pipeline, so
/// widgets learn of every end the same way. A second copy after a real streamEnd event changes nothing.
/// </summary>
public sealed class StreamEndWatcher(ConnectionStatusStore status, EventPipeline pipeline) : IHostedService
{
    /// <summary>The action of an end inferred from the close, not sent by the upstream.</summary>
    public const int InferredAction = 0;

    private IDisposable? _subscription;
    private int _ended;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = status.Subscribe(OnStatus);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }

    private void OnStatus(ConnectionStatus current)
    {
        var ended = current.WaitReason == WaitReason.StreamEnded ? 1 : 0;
        if (Interlocked.Exchange(ref _ended, ended) == 0 && ended == 1)
        {
            pipeline.Inject(new StreamEndEvent(InferredAction), "streamEnd");
        }
    }
}
