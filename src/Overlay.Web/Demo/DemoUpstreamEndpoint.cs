using System.Net.WebSockets;
using System.Text;

namespace Overlay.Web.Demo;

/// <summary>
/// Serves the demo LIVE at ws://{app}/demo/upstream in the tik.tools wire format, so with no API key the app runs
/// its production upstream client against itself. One stream per app run: a reconnect continues the same room.
/// </summary>
public sealed partial class DemoUpstreamEndpoint(TimeProvider time, IHostApplicationLifetime lifetime, ILogger<DemoUpstreamEndpoint> logger)
{
    public const string Path = "/demo/upstream";

    private readonly Lock _gate = new();
    private readonly DemoStream _stream = new(Random.Shared.Next());

    public async Task HandleAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        if (!Security.RequestPeer.Of(context).IsThisComputer)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        // Ends when the app stops too: the server stops before the upstream client, and would otherwise wait out its
        // whole shutdown timeout for this socket to finish.
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        var ct = ended.Token;
        LogDemoClientConnected(logger);
        // A socket only sees the client's close frame by reading. Without this the stream would go on sending until
        // the server aborts the connection, which holds every app shutdown for Kestrel's whole grace period.
        var reading = ReadUntilClosedAsync(socket, ended);
        try
        {
            await SendAsync(socket, Next(s => [s.OpeningFrame()]), ct);
            while (!ct.IsCancellationRequested && socket.State == WebSocketState.Open)
            {
                await Task.Delay(DemoStream.TickInterval, time, ct);
                await SendAsync(socket, Next(s => s.Tick(time.GetUtcNow())), ct);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The client went away or the app is stopping: nothing to report.
        }
        if (socket.State == WebSocketState.Open && !context.RequestAborted.IsCancellationRequested)
        {
            await CloseQuietlyAsync(socket);
        }
        await ended.CancelAsync();
        await reading;
    }

    private static async Task CloseQuietlyAsync(WebSocket socket)
    {
        try
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.EndpointUnavailable, "Demo stopped", CancellationToken.None);
        }
        catch (WebSocketException)
        {
            // Already gone.
        }
    }

    private static async Task ReadUntilClosedAsync(WebSocket socket, CancellationTokenSource ended)
    {
        var buffer = new byte[256];
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer, ended.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // Ended by the stream loop, or the connection dropped: either way there is nothing left to read.
        }
        await ended.CancelAsync();
    }

    private IReadOnlyList<string> Next(Func<DemoStream, IReadOnlyList<string>> step)
    {
        lock (_gate)
        {
            return step(_stream);
        }
    }

    private static async Task SendAsync(WebSocket socket, IReadOnlyList<string> frames, CancellationToken ct)
    {
        foreach (var frame in frames)
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, endOfMessage: true, ct);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Demo upstream client connected")]
    private static partial void LogDemoClientConnected(ILogger logger);
}
