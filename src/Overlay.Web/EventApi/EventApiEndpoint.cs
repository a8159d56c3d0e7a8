using System.Net.WebSockets;
using System.Text.Json;
using Overlay.Web.Admin;
using Overlay.Web.Diagnostics;

namespace Overlay.Web.EventApi;

/// <summary>
/// ws://localhost:5080/api/events: the normalised event stream for other tools on this computer (bots, sound
/// boards, custom overlays). Read-only; only ever carries what widgets see, never the key or the upstream URL.
/// Loopback only, also when Admin:Password is set: that password is for a person at the admin page, and a
/// stream of viewers' names has no business on the network.
/// </summary>
public sealed partial class EventApiEndpoint(
    EventApiBroadcaster broadcaster,
    OverlayMetrics metrics,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<EventApiEndpoint> logger)
{
    public const string Path = "/api/events";
    public const int ApiVersion = 1;

    public const string LocalOnlyMessage =
        "The event API only answers on the computer the overlay runs on (ws://localhost). Admin:Password does not open it to other devices.";

    private static readonly TimeSpan CloseGrace = TimeSpan.FromSeconds(2);
    private int _clientNumber;

    public async Task HandleAsync(HttpContext context)
    {
        if (!AdminAccessPolicy.IsLoopback(context.Connection.RemoteIpAddress))
        {
            await RefuseAsync(context, StatusCodes.Status403Forbidden, LocalOnlyMessage);
            return;
        }
        if (!context.WebSockets.IsWebSocketRequest)
        {
            await RefuseAsync(context, StatusCodes.Status400BadRequest, "Connect with a WebSocket, e.g. ws://localhost:5080/api/events.");
            return;
        }
        if (!ApiEventTypes.TryParseFilter(context.Request.Query["types"], out var types, out var problem))
        {
            await RefuseAsync(context, StatusCodes.Status400BadRequest, problem);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var client = new EventApiClient(Interlocked.Increment(ref _clientNumber), types, metrics, time, logger);
        // Queued before the client joins the broadcast, so hello is always the first message.
        client.Offer(JsonSerializer.SerializeToUtf8Bytes<ApiMessage>(
            new ApiHello(ApiVersion, "tiktok-live-overlay", types) { Timestamp = time.GetUtcNow() },
            OverlayJsonContext.Default.ApiMessage));
        LogConnected(logger, client.Number, string.Join(",", types));

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        try
        {
            using (broadcaster.Add(client))
            {
                var sending = client.SendAllAsync(socket, stop.Token);
                var receiving = DiscardUntilCloseAsync(socket, stop.Token);
                await Task.WhenAny(sending, receiving);
                await stop.CancelAsync();
                await Task.WhenAll(Quietly(sending), Quietly(receiving));
            }
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                var reason = lifetime.ApplicationStopping.IsCancellationRequested ? "overlay shutting down" : "";
                await Quietly(socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, reason, CancellationToken.None)
                    .WaitAsync(CloseGrace, time));
            }
        }
        finally
        {
            LogDisconnected(logger, client.Number, client.Dropped);
        }
    }

    /// <summary>Reads (and ignores) what the client sends, so its close frame and a dead peer are noticed.</summary>
    private static async Task DiscardUntilCloseAsync(WebSocket socket, CancellationToken ct)
    {
        var buffer = new byte[1024];
        while (socket.State == WebSocketState.Open)
        {
            var result = await socket.ReceiveAsync(buffer, ct);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }
        }
    }

    private static async Task Quietly(Task task)
    {
        try
        {
            await task;
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or TimeoutException or ObjectDisposedException)
        {
            // The client went away or the app is stopping: nothing to report.
        }
    }

    private static Task RefuseAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(message, context.RequestAborted);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Event API client {Client} connected (types: {Types})")]
    private static partial void LogConnected(ILogger logger, int client, string types);

    [LoggerMessage(Level = LogLevel.Information, Message = "Event API client {Client} disconnected ({Dropped} events dropped for it)")]
    private static partial void LogDisconnected(ILogger logger, int client, long dropped);
}
