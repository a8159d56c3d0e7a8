using System.Collections.Concurrent;
using System.Net.WebSockets;

namespace Overlay.Relay;

/// <summary>The connected pages. Only the upstream pump sends, one frame at a time, so sends never overlap.</summary>
public sealed class BrowserSockets
{
    private readonly ConcurrentDictionary<WebSocket, byte> _sockets = new();

    public async Task HoldAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        _sockets[socket] = 0;
        try
        {
            var buffer = new byte[256];
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // A page went away; nothing to do.
        }
        finally
        {
            _sockets.TryRemove(socket, out _);
        }
    }

    public async Task BroadcastAsync(ReadOnlyMemory<byte> frame, CancellationToken cancellationToken)
    {
        foreach (var socket in _sockets.Keys)
        {
            try
            {
                await socket.SendAsync(frame, WebSocketMessageType.Text, true, cancellationToken);
            }
            catch (Exception e) when (e is WebSocketException or ObjectDisposedException)
            {
                _sockets.TryRemove(socket, out _);
            }
        }
    }
}
