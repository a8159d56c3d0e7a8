using Overlay.Web.Diagnostics;
using Overlay.Web.Events;
using Overlay.Web.Protocol;
using Overlay.Web.Upstream;

namespace Overlay.Web.Pipeline;

/// <summary>
/// From raw frames to the hub, in two loops joined by a <see cref="PriorityEventQueue"/>: the parse loop drains
/// <see cref="FrameChannel"/> as fast as frames parse (the socket callback only ever writes to it), and the rules
/// loop applies <see cref="EventRules"/> and publishes. When widgets fall behind in a flood, the queue thins out
/// likes, joins and chat before it touches a gift (protocol.md §9). Neither loop dies on an exception.
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
        return Enqueue(PipelineItem.ForEvent(evt, name, time.GetUtcNow()));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var rulesLoop = Task.Run(() => RunRulesAsync(stoppingToken), CancellationToken.None);
        try
        {
            await RunParseAsync(stoppingToken);
        }
        finally
        {
            await rulesLoop;
            rules.OnShutdown();
        }
    }

    private async Task RunParseAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var frame in frames.Reader.ReadAllAsync(stoppingToken))
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
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private void Accept(InboundFrame frame)
    {
        if (frame.Kind is FrameKind.SocketOpened or FrameKind.SocketClosed)
        {
            Enqueue(PipelineItem.Marker(frame.Kind, frame.ReceivedAt));
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
        Enqueue(PipelineItem.ForEvent(evt, result.EventName, frame.ReceivedAt));
    }

    private bool Enqueue(PipelineItem item)
    {
        var accepted = _queue.Enqueue(item, out var dropped);
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

    private async Task RunRulesAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                while (_queue.TryDequeue(out var item))
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
                await _queue.WaitAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
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
