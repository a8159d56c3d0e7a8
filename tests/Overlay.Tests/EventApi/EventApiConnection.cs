using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Overlay.Tests.Infrastructure;

namespace Overlay.Tests.EventApi;

/// <summary>
/// A real WebSocket client on /api/events. Messages are read in the background into a channel, so a test awaits
/// the next one; <c>read: false</c> makes a client that never reads (a stuck tool).
/// </summary>
internal sealed class EventApiConnection : IAsyncDisposable
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(20);

    private readonly ClientWebSocket _socket;
    private readonly Channel<string> _messages = Channel.CreateUnbounded<string>();
    private readonly Task _reading;

    private EventApiConnection(ClientWebSocket socket, bool read)
    {
        _socket = socket;
        _reading = read ? ReadAllAsync() : Task.CompletedTask;
    }

    public static Uri Url(RunningApp app, string query = "") =>
        new(app.Url("api/events" + query).ToString().Replace("http://", "ws://", StringComparison.Ordinal));

    public static async Task<EventApiConnection> ConnectAsync(RunningApp app, CancellationToken ct, string query = "", bool read = true)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(Url(app, query), ct);
        return new EventApiConnection(socket, read);
    }

    /// <summary>The next message as sent (JSON text).</summary>
    public async Task<string> NextRawAsync(CancellationToken ct)
    {
        try
        {
            return await _messages.Reader.ReadAsync(ct).AsTask().WaitAsync(Guard, ct);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException("No message arrived on /api/events.");
        }
    }

    public async Task<JsonElement> NextAsync(CancellationToken ct)
    {
        using var doc = JsonDocument.Parse(await NextRawAsync(ct));
        return doc.RootElement.Clone();
    }

    /// <summary>The next message of this type; others before it are skipped.</summary>
    public async Task<JsonElement> NextOfTypeAsync(string type, CancellationToken ct)
    {
        while (true)
        {
            var message = await NextAsync(ct);
            if (message.GetProperty("type").GetString() == type)
            {
                return message;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _socket.Abort();
        _socket.Dispose();
        try
        {
            await _reading;
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
        }
    }

    private async Task ReadAllAsync()
    {
        var buffer = new byte[64 * 1024];
        var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
                message.Write(buffer, 0, result.Count);
                if (result.EndOfMessage)
                {
                    _messages.Writer.TryWrite(Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length));
                    message.SetLength(0);
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
        }
        finally
        {
            _messages.Writer.TryComplete();
        }
    }
}
