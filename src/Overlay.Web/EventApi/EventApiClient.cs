using System.Net.WebSockets;
using System.Threading.Channels;
using Overlay.Web.Diagnostics;

namespace Overlay.Web.EventApi;

/// <summary>
/// One /api/events connection: a bounded queue of serialized events and the loop that sends them. The hub's
/// thread only ever tries to enqueue, so a slow reader loses events (counted, logged once per burst) and never
/// slows the pipeline or the other clients. A reader that takes no message for <see cref="SendTimeout"/> is dropped.
/// </summary>
internal sealed partial class EventApiClient
{
    public const int QueueCapacity = 512;
    public static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(30);

    private readonly Channel<byte[]> _queue;
    private readonly HashSet<string> _types;
    private readonly OverlayMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private long _dropped;
    private long _droppedInBurst;

    public EventApiClient(int number, IReadOnlyList<string> types, OverlayMetrics metrics, TimeProvider time, ILogger logger)
    {
        Number = number;
        _types = [.. types];
        _metrics = metrics;
        _time = time;
        _logger = logger;
        _queue = Channel.CreateBounded<byte[]>(
            new BoundedChannelOptions(QueueCapacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true },
            OnDropped);
    }

    public int Number { get; }

    /// <summary>Events this client lost because it read too slowly.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    public bool Wants(string type) => _types.Contains(type);

    /// <summary>Never blocks: a full queue drops this event.</summary>
    public void Offer(byte[] payload) => _queue.Writer.TryWrite(payload);

    public void Complete() => _queue.Writer.TryComplete();

    /// <summary>Sends queued events until the queue completes, the token fires or the reader stalls.</summary>
    public async Task SendAllAsync(WebSocket socket, CancellationToken ct)
    {
        await foreach (var payload in _queue.Reader.ReadAllAsync(ct).ConfigureAwait(false))
        {
            try
            {
                await socket.SendAsync(payload, WebSocketMessageType.Text, endOfMessage: true, ct)
                    .WaitAsync(SendTimeout, _time, ct).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                LogStalled(_logger, Number, (int)SendTimeout.TotalSeconds);
                socket.Abort();
                return;
            }
            if (_queue.Reader.Count == 0 && Interlocked.Exchange(ref _droppedInBurst, 0) is > 0 and var lost)
            {
                LogCaughtUp(_logger, Number, lost);
            }
        }
    }

    private void OnDropped(byte[] _)
    {
        Interlocked.Increment(ref _dropped);
        _metrics.CountDropped(DropReason.EventApiClientSlow);
        if (Interlocked.Increment(ref _droppedInBurst) == 1)
        {
            LogFallingBehind(_logger, Number, QueueCapacity);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Event API client {Client} reads too slowly: {Capacity} events are waiting, newer ones are dropped until it catches up")]
    private static partial void LogFallingBehind(ILogger logger, int client, int capacity);

    [LoggerMessage(Level = LogLevel.Information, Message = "Event API client {Client} caught up after {Dropped} events were dropped")]
    private static partial void LogCaughtUp(ILogger logger, int client, long dropped);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event API client {Client} took no message for {Seconds} s and was disconnected")]
    private static partial void LogStalled(ILogger logger, int client, int seconds);
}
