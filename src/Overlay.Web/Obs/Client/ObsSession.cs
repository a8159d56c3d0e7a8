using System.Collections.Concurrent;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Overlay.Web.Obs.Protocol;

namespace Overlay.Web.Obs.Client;

/// <summary>
/// One identified connection to obs-websocket v5 (made by <see cref="ConnectAsync"/>): requests (op 6) matched to
/// their responses (op 7) by requestId, with a timeout; events (op 5) handed to a callback. One loop receives,
/// sends take turns (a WebSocket allows one send at a time). Dispose closes it.
/// </summary>
public sealed partial class ObsSession : IAsyncDisposable
{
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    private readonly ClientWebSocket _socket;
    private readonly TimeProvider _time;
    private readonly Action<ObsEvent> _onEvent;
    private readonly SemaphoreSlim _sendTurn = new(1, 1);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<ObsResponse>> _pending = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource<ObsSessionEnd> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _life = new();
    private Task _receiving = Task.CompletedTask;
    private long _nextId;
    private int _disposed;

    private ObsSession(ClientWebSocket socket, TimeProvider time, Action<ObsEvent> onEvent, string? webSocketVersion)
    {
        _socket = socket;
        _time = time;
        _onEvent = onEvent;
        WebSocketVersion = webSocketVersion;
    }

    /// <summary>obs-websocket's version from its Hello.</summary>
    public string? WebSocketVersion { get; }

    /// <summary>Completes once when the connection is gone, for whatever reason.</summary>
    public Task<ObsSessionEnd> Ended => _ended.Task;

    /// <summary>Sends one request and waits for its answer; never throws for OBS being slow or gone.</summary>
    public async Task<ObsResponse> RequestAsync(string requestType, JsonObject? requestData, CancellationToken cancellationToken)
    {
        if (_ended.Task.IsCompleted)
        {
            return ObsResponse.Failed(GoneMessage);
        }
        var id = Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
        var answer = new TaskCompletionSource<ObsResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        // The receive loop may have failed the pending requests just before this one was added.
        if (_ended.Task.IsCompleted && _pending.TryRemove(id, out _))
        {
            return ObsResponse.Failed(GoneMessage);
        }
        try
        {
            // The timeout starts before the request leaves, so it also covers a send that never completes.
            var answered = answer.Task.WaitAsync(RequestTimeout, _time, cancellationToken);
            await SendAsync(ObsMessage.Request(requestType, id, requestData), cancellationToken).ConfigureAwait(false);
            return await answered.ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return ObsResponse.Failed($"OBS did not answer {requestType} within {RequestTimeout.TotalSeconds:0} s.");
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
            return ObsResponse.Failed(GoneMessage);
        }
        finally
        {
            _pending.TryRemove(id, out _);
        }
    }

    private const string GoneMessage = "OBS is not connected.";

    private async Task SendAsync(string text, CancellationToken cancellationToken)
    {
        await _sendTurn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendTurn.Release();
        }
    }

    private async Task ReceiveLoopAsync()
    {
        var end = new ObsSessionEnd(null, null);
        try
        {
            while (true)
            {
                var message = await ReceiveAsync(_socket, _life.Token).ConfigureAwait(false);
                if (message is null)
                {
                    end = new ObsSessionEnd((int?)_socket.CloseStatus, _socket.CloseStatusDescription);
                    break;
                }
                Handle(message);
            }
        }
        catch (OperationCanceledException)
        {
            end = new ObsSessionEnd(null, null, ClosedByUs: true);
        }
        catch (JsonException ex)
        {
            end = new ObsSessionEnd(null, ex.Message);
            _socket.Abort();
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The connection dropped without a close frame (OBS crashed, the network went away).
        }
        finally
        {
            // Whatever ended the loop, nobody waits forever: pending requests fail and Ended completes.
            foreach (var id in _pending.Keys)
            {
                if (_pending.TryRemove(id, out var waiting))
                {
                    waiting.TrySetResult(ObsResponse.Failed("OBS went away before it answered."));
                }
            }
            _ended.TrySetResult(end);
        }
    }

    private void Handle(ObsMessage message)
    {
        switch (message.Op)
        {
            case ObsOpCode.RequestResponse:
                if (message.String("requestId") is { } id && _pending.TryRemove(id, out var waiting))
                {
                    waiting.TrySetResult(ObsResponse.From(message.Data));
                }
                break;
            case ObsOpCode.Event when message.String("eventType") is { } type:
                _onEvent(new ObsEvent(type, ObsMessage.Read.Object(message.Data, "eventData") ?? []));
                break;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                // Close output only: the receive loop reads OBS's answer to it.
                using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", quick.Token).ConfigureAwait(false);
                await _ended.Task.WaitAsync(quick.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
            {
                // OBS is gone already; the socket is aborted below.
            }
        }
        await _life.CancelAsync().ConfigureAwait(false);
        _socket.Abort();
        await _receiving.ConfigureAwait(false);
        _socket.Dispose();
        _life.Dispose();
        _sendTurn.Dispose();
    }
}
