using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using System.Text.Json.Nodes;

namespace Overlay.Tests.Infrastructure;

/// <summary>
/// A stand-in for Streamer.bot's WebSocket server on 127.0.0.1: sends a Hello on connect (with an authentication
/// block when <see cref="RequireAuth"/>), keeps each request, and answers DoAction for <see cref="KnownActions"/>
/// with <c>{"id":…,"status":"ok"}</c>, otherwise with an error.
/// </summary>
public sealed class FakeStreamerBot : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<JsonObject> _requests = Channel.CreateUnbounded<JsonObject>();

    private FakeStreamerBot(WebApplication app) => _app = app;

    public Uri Url { get; private set; } = null!;

    public HashSet<string> KnownActions { get; } = new(StringComparer.Ordinal);

    public bool RequireAuth { get; set; }

    public static async Task<FakeStreamerBot> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var bot = new FakeStreamerBot(app);
        app.UseWebSockets();
        app.Run(bot.HandleAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        bot.Url = new Uri(address.Replace("http://", "ws://", StringComparison.Ordinal).TrimEnd('/') + "/");
        return bot;
    }

    public async Task<JsonObject> NextRequestAsync(CancellationToken cancellationToken) =>
        await _requests.Reader.ReadAsync(cancellationToken).AsTask().WaitAsync(TimeSpan.FromSeconds(20), cancellationToken);

    private async Task HandleAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var hello = new JsonObject { ["timestamp"] = "2026-12-02T01:00:00Z", ["request"] = "Hello", ["info"] = new JsonObject { ["name"] = "Streamer.bot" } };
        if (RequireAuth)
        {
            hello["authentication"] = new JsonObject { ["challenge"] = "c", ["salt"] = "s" };
        }
        await SendAsync(socket, hello);
        var buffer = new byte[16 * 1024];
        while (socket.State == WebSocketState.Open)
        {
            var result = await socket.ReceiveAsync(buffer, context.RequestAborted);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
                return;
            }
            var request = JsonNode.Parse(Encoding.UTF8.GetString(buffer, 0, result.Count))!.AsObject();
            _requests.Writer.TryWrite(request);
            var action = request["action"]?.AsObject();
            var known = KnownActions.Contains((string?)action?["id"] ?? "") || KnownActions.Contains((string?)action?["name"] ?? "");
            await SendAsync(socket, known
                ? new JsonObject { ["id"] = (string?)request["id"], ["status"] = "ok" }
                : new JsonObject { ["id"] = (string?)request["id"], ["status"] = "error", ["error"] = "Action not found" });
        }
    }

    private static Task SendAsync(WebSocket socket, JsonObject message) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
