using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Overlay.Web.Security;
using Overlay.Web.Diagnostics;

namespace Overlay.Web.EventApi;

/// <summary>
/// ws://localhost:5080/api/events: the normalised event stream for other tools on this computer (bots, sound
/// boards, custom overlays). Read-only; only ever carries what widgets see, never the key or the upstream URL.
/// This computer only (<see cref="RequestPeer"/>), also when Admin:Password is set: that password is for a person at the admin page, and a
/// stream of viewers' names has no business on the network.
/// </summary>
public sealed partial class EventApiEndpoint(
    EventApiBroadcaster broadcaster,
    OverlayMetrics metrics,
    RefusalLog refusals,
    IOptionsMonitor<SecurityOptions> security,
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
        if (!RequestPeer.Of(context).IsThisComputer)
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

        var limits = security.CurrentValue;
        var client = new EventApiClient(Interlocked.Increment(ref _clientNumber), types, metrics, time, logger);
        // Queued before the client joins the broadcast, so hello is always the first message.
        client.Offer(JsonSerializer.SerializeToUtf8Bytes<ApiMessage>(
            new ApiHello(ApiVersion, "tiktok-live-overlay", types) { Timestamp = time.GetUtcNow() },
            OverlayJsonContext.Default.ApiMessage));
        using var registration = broadcaster.TryAdd(client, limits.MaxEventApiClients);
        if (registration is null)
        {
            if (refusals.Count(RefusalReason.EventApiLimit, "event-api"))
            {
                LogFull(logger, limits.MaxEventApiClients);
            }
            await RefuseAsync(context, StatusCodes.Status503ServiceUnavailable,
                $"The event API already has {limits.MaxEventApiClients} clients (Security:MaxEventApiClients). Close one and try again.");
            return;
        }

        // Pings find a peer that vanished without closing (a sleeping laptop, a killed bot), which would
        // otherwise hold its place among the clients for good.
        using var socket = await context.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext
        {
            KeepAliveInterval = TimeSpan.FromSeconds(limits.EventApiPingSeconds),
            KeepAliveTimeout = TimeSpan.FromSeconds(limits.EventApiIdleTimeoutSeconds),
        });
        LogConnected(logger, client.Number, string.Join(",", types));

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        try
        {
            var sending = client.SendAllAsync(socket, stop.Token);
            var receiving = DiscardUntilCloseAsync(socket, stop.Token);
            await Task.WhenAny(sending, receiving);
            await stop.CancelAsync();
            await Task.WhenAll(Quietly(sending), Quietly(receiving));
            registration.Dispose();
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an event API client: {Max} are connected already (Security:MaxEventApiClients)")]
    private static partial void LogFull(ILogger logger, int max);

    [LoggerMessage(Level = LogLevel.Information, Message = "Event API client {Client} connected (types: {Types})")]
    private static partial void LogConnected(ILogger logger, int client, string types);

    [LoggerMessage(Level = LogLevel.Information, Message = "Event API client {Client} disconnected ({Dropped} events dropped for it)")]
    private static partial void LogDisconnected(ILogger logger, int client, long dropped);
}
