using System.Net.WebSockets;
using Overlay.Web.Recording;
using Websocket.Client;
using Websocket.Client.Exceptions;

namespace Overlay.Web.Upstream;

/// <summary>
/// One socket's life: open, hand frames to the <see cref="FrameChannel"/>, notice the end. Websocket.Client's own
/// reconnection and no-message timers run on the wall clock, so they are all off; <see cref="UpstreamClient"/>
/// decides when to open the next socket, and the stall check (§7) runs on the injected <see cref="TimeProvider"/>.
/// </summary>
internal sealed class UpstreamSocket : IDisposable
{
    // §7: the provider's own clients ping every 10–20 s; 30 s without a pong means the connection is dead.
    public static readonly TimeSpan KeepAliveInterval = TimeSpan.FromSeconds(15);
    public static readonly TimeSpan KeepAliveTimeout = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(20);
    public static readonly TimeSpan CloseGrace = TimeSpan.FromSeconds(5);

    private readonly UpstreamTarget _target;
    private readonly FrameChannel _frames;
    private readonly TimeProvider _time;
    private readonly TimeSpan _stallAfter;
    private readonly FrameRecorder? _recorder;
    private readonly TaskCompletionSource<SocketEnd> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _abort = new();
    private readonly List<IDisposable> _subscriptions = [];
    private WebsocketClient? _client;
    private ITimer? _stallTimer;
    private long _lastFrameTicks;
    private int _openedMarkerWritten;

    public UpstreamSocket(UpstreamTarget target, FrameChannel frames, TimeProvider time, TimeSpan stallAfter, FrameRecorder? recorder = null)
    {
        _recorder = recorder;
        _target = target;
        _frames = frames;
        _time = time;
        _stallAfter = stallAfter;
    }

    public DateTimeOffset OpenedAt { get; private set; }

    /// <summary>Completes once, when the socket has ended for any reason.</summary>
    public Task<SocketEnd> Ended => _ended.Task;

    /// <summary>Opens the socket. Throws <see cref="UpstreamHandshakeException"/> (redacted) when it cannot.</summary>
    public async Task OpenAsync(CancellationToken cancellationToken)
    {
        using var link = cancellationToken.Register(() => _abort.Cancel());
        _client = new WebsocketClient(_target.Uri, logger: null, ConnectAsync)
        {
            // No logger: its error lines pass raw exceptions, whose messages can quote the URL with the key.
            IsReconnectionEnabled = false,
            ReconnectTimeout = null,
            ErrorReconnectTimeout = null,
            LostReconnectTimeout = null,
            ConnectTimeout = ConnectTimeout,
            Name = "upstream",
        };
        // The subscriber only hands the frame over (STYLE: Rx runs it on the receive loop, so it must be quick).
        _subscriptions.Add(_client.MessageReceived.Subscribe(OnMessage));
        _subscriptions.Add(_client.DisconnectionHappened.Subscribe(OnDisconnected));
        try
        {
            await _client.StartOrFail().ConfigureAwait(false);
        }
        catch (WebsocketException ex) when (ex.InnerException is UpstreamHandshakeException handshake)
        {
            throw handshake;
        }
        catch (Exception ex) when (ex is not UpstreamHandshakeException and not OperationCanceledException)
        {
            throw new UpstreamHandshakeException(null, _target.Redact(ex.Message));
        }
        cancellationToken.ThrowIfCancellationRequested();
        _stallTimer = _time.CreateTimer(_ => CheckStall(), null, _stallAfter, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Closes with 1000 and waits briefly for the close handshake; the socket is aborted on dispose anyway.</summary>
    public async Task CloseAsync(SocketEndCause cause, string reason)
    {
        _ended.TrySetResult(new SocketEnd(cause, 1000, reason, ""));
        if (_client is not { IsRunning: true } client)
        {
            return;
        }
        try
        {
            await client.Stop(WebSocketCloseStatus.NormalClosure, reason).WaitAsync(CloseGrace, _time).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // A peer that does not answer the close is aborted by Dispose; nothing to report.
        }
    }

    public void Dispose()
    {
        _stallTimer?.Dispose();
        _abort.Cancel();
        foreach (var subscription in _subscriptions)
        {
            subscription.Dispose();
        }
        _client?.Dispose();
        _abort.Dispose();
        _ended.TrySetResult(new SocketEnd(SocketEndCause.ClosedByUs, 1000, "disposed", ""));
    }

    private async Task<WebSocket> ConnectAsync(Uri uri, CancellationToken token)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = KeepAliveInterval;
        socket.Options.KeepAliveTimeout = KeepAliveTimeout;
        // Lets us read the HTTP status of a refused upgrade (401/403/429, §8).
        socket.Options.CollectHttpResponseDetails = true;
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(token, _abort.Token);
        try
        {
            await socket.ConnectAsync(uri, linked.Token).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            var status = (int)socket.HttpStatusCode;
            socket.Dispose();
            var message = ex is OperationCanceledException && !_abort.IsCancellationRequested
                ? "timed out while connecting"
                : ex.Message;
            throw new UpstreamHandshakeException(status is 0 or 101 ? null : status, _target.Redact(message));
        }
        // Written here, before Websocket.Client starts its receive loop, so the marker precedes every frame (§6).
        OpenedAt = _time.GetUtcNow();
        Volatile.Write(ref _lastFrameTicks, OpenedAt.UtcTicks);
        if (Interlocked.Exchange(ref _openedMarkerWritten, 1) == 0)
        {
            _frames.TryWrite(InboundFrame.SocketOpened(OpenedAt));
        }
        return socket;
    }

    private void OnMessage(ResponseMessage message)
    {
        var now = _time.GetUtcNow();
        Volatile.Write(ref _lastFrameTicks, now.UtcTicks);
        if (message.MessageType == WebSocketMessageType.Text && message.Text is { } text)
        {
            // Recorded first, so a frame the pipeline has published is always in the recording's queue.
            _recorder?.OnFrame(text, now, _target.Secrets);
            _frames.TryWrite(InboundFrame.FromText(text, now));
        }
        else if (message.Binary is { } bytes)
        {
            _frames.TryWrite(InboundFrame.FromBinary(bytes, now));
        }
    }

    private void OnDisconnected(DisconnectionInfo info)
    {
        var end = info.Type switch
        {
            // Error is a failed open: OpenAsync reports it by throwing.
            DisconnectionType.Error => null,
            DisconnectionType.ByServer => new SocketEnd(
                SocketEndCause.ServerClosed,
                info.CloseStatus is { } status ? (int)status : null,
                _target.Redact(info.CloseStatusDescription),
                ""),
            DisconnectionType.ByUser or DisconnectionType.Exit => new SocketEnd(SocketEndCause.ClosedByUs, 1000, "", ""),
            _ => new SocketEnd(
                SocketEndCause.Lost,
                info.CloseStatus is { } lostStatus ? (int)lostStatus : null,
                _target.Redact(info.CloseStatusDescription),
                _target.Redact(info.Exception?.Message)),
        };
        if (end is not null)
        {
            _ended.TrySetResult(end);
        }
    }

    private void CheckStall()
    {
        var idle = _time.GetUtcNow() - new DateTimeOffset(Volatile.Read(ref _lastFrameTicks), TimeSpan.Zero);
        if (idle >= _stallAfter)
        {
            _ended.TrySetResult(new SocketEnd(SocketEndCause.Stalled, 1000, "", ""));
            return;
        }
        try
        {
            _stallTimer?.Change(_stallAfter - idle, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // The socket ended while the check ran.
        }
    }
}
