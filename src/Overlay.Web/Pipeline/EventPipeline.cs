using Overlay.Web.Diagnostics;
using Overlay.Web.Events;
using Overlay.Web.Protocol;
using Overlay.Web.Upstream;

namespace Overlay.Web.Pipeline;

/// <summary>
/// From raw frames to the hub, in one loop: it parses every frame waiting in <see cref="FrameChannel"/> (the socket
/// callback only ever writes to it) into a <see cref="PriorityEventQueue"/>, then applies <see cref="EventRules"/>
/// to the oldest queued item and publishes it, and looks for new frames again. So parsing always stays ahead of the
/// rules, and when widgets fall behind in a flood the queue thins out likes, joins and chat before it touches a gift
/// (protocol.md §9). One loop, not a parse loop and a rules loop, because each hand-off between threads costs a
/// wake-up per event (profiles at 100 chat lines/s). The loop does not die on an exception.
/// </summary>
public sealed partial class EventPipeline(
    FrameChannel frames,
    FrameParser parser,
    EventRules rules,
    OverlayMetrics metrics,
    TimeProvider time,
    ILogger<EventPipeline> logger) : BackgroundService
{
    private readonly PriorityEventQueue _queue = new();
    private readonly DropLogThrottle _dropLog = new(time);

    /// <summary>
    /// Feeds an event that did not come from the socket (an admin "test alert" button, the integrator's tests)
    /// through the same queue and rules. False when a flood made the queue drop it.
    /// </summary>
    public bool Inject(OverlayEvent evt, string name)
    {
        metrics.CountEvent(name);
        return Enqueue(PipelineItem.ForEvent(evt, name, time.GetUtcNow()), wake: true);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            rules.OnShutdown();
        }
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        // Kept across waits: the queue's signal allows one pending read, and Inject (another thread) completes it.
        Task? injected = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            while (frames.Reader.TryRead(out var frame))
            {
                AcceptSafely(frame);
            }
            if (_queue.TryDequeue(out var item))
            {
                ApplySafely(item);
                continue;
            }
            injected ??= _queue.WaitAsync(stoppingToken).AsTask();
            var framesWaiting = frames.Reader.WaitToReadAsync(stoppingToken).AsTask();
            if (await Task.WhenAny(framesWaiting, injected) == injected)
            {
                await injected; // Throws when cancelled.
                injected = null;
            }
            else
            {
                await framesWaiting; // Throws when cancelled; the channel is never completed.
            }
        }
    }

    private void AcceptSafely(InboundFrame frame)
    {
        try
        {
            Accept(frame);
        }
        catch (Exception ex)
        {
            LogFrameFailed(logger, ex, frame.Kind);
        }
    }

    private void ApplySafely(PipelineItem item)
    {
        try
        {
            Apply(item);
        }
        catch (Exception ex)
        {
            LogEventFailed(logger, ex, item.IsMarker ? item.Kind.ToString() : item.Name);
        }
    }

    private void Accept(InboundFrame frame)
    {
        if (frame.Kind is FrameKind.SocketOpened or FrameKind.SocketClosed)
        {
            Enqueue(PipelineItem.Marker(frame.Kind, frame.ReceivedAt), wake: false);
            return;
        }
        metrics.CountFrame();
        var result = frame.Kind == FrameKind.Binary
            ? parser.Parse(frame.Binary ?? [])
            : parser.Parse(frame.Text ?? "");
        if (result.Drop is { } reason)
        {
            metrics.CountDropped(reason);
            if (_dropLog.ShouldLog(reason, out var suppressed))
            {
                LogFrameDropped(logger, reason, result.Detail ?? "", suppressed);
            }
            return;
        }
        if (result.Event is not { } evt)
        {
            return; // ping, pong, _journal: housekeeping, not counted (§2).
        }
        metrics.CountEvent(result.EventName);
        Enqueue(PipelineItem.ForEvent(evt, result.EventName, frame.ReceivedAt), wake: false);
    }

    /// <param name="wake">False from the loop itself (it dequeues before it waits), true from any other thread.</param>
    private bool Enqueue(PipelineItem item, bool wake)
    {
        var accepted = _queue.Enqueue(item, out var dropped, wake);
        if (dropped is { } victim)
        {
            metrics.CountDropped(DropReason.EventQueueFull);
            if (_dropLog.ShouldLog(DropReason.EventQueueFull, out var suppressed))
            {
                LogQueueFull(logger, _queue.Capacity, victim.Name, suppressed);
            }
        }
        return accepted;
    }

    private void Apply(PipelineItem item)
    {
        switch (item.Kind)
        {
            case FrameKind.SocketOpened:
                rules.OnSocketOpened(item.ReceivedAt);
                break;
            case FrameKind.SocketClosed:
                rules.OnSocketClosed();
                break;
            default:
                rules.OnEvent(item.Event!, item.ReceivedAt);
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Dropped a frame ({Reason}: {Detail}); {Suppressed} more drops for this reason were not logged in the last 10 s")]
    private static partial void LogFrameDropped(ILogger logger, DropReason reason, string detail, long suppressed);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Event queue full ({Capacity}): dropped a {EventName} event (likes, joins and chat go first); {Suppressed} more drops were not logged in the last 10 s")]
    private static partial void LogQueueFull(ILogger logger, int capacity, string eventName, long suppressed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reading a {Kind} frame failed; the pipeline goes on")]
    private static partial void LogFrameFailed(ILogger logger, Exception ex, FrameKind kind);

    [LoggerMessage(Level = LogLevel.Error, Message = "Applying a {EventName} event failed; the pipeline goes on")]
    private static partial void LogEventFailed(ILogger logger, Exception ex, string eventName);
}
