using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Overlay.Tests.Infrastructure;

/// <summary>
/// A fake OBS: an obs-websocket v5 server on 127.0.0.1 (Kestrel, in this process), written from the protocol doc
/// (obsproject/obs-websocket, docs/generated/protocol.md). It sends Hello (with an authentication challenge when
/// <see cref="Password"/> is set), checks Identify's authentication string and closes with 4009 when it is wrong,
/// answers Identified, then serves the requests the app uses against a small model of OBS (<see cref="Obs"/>).
/// Every connection is a <see cref="Session"/> you can await with <see cref="NextSessionAsync"/>.
/// </summary>
public sealed partial class FakeObsServer : IAsyncDisposable
{
    public const string ObsVersion = "30.2.2";
    public const string WebSocketVersion = "5.5.2";

    private readonly WebApplication _app;
    private readonly Channel<Session> _sessions = Channel.CreateUnbounded<Session>();
    private readonly ConcurrentQueue<Session> _all = new();
    private readonly ConcurrentQueue<int> _rejections = new();
    private readonly ConcurrentQueue<(string Type, JsonObject Data)> _requests = new();
    private readonly Channel<string> _seen = Channel.CreateUnbounded<string>();

    private FakeObsServer(WebApplication app, string? password)
    {
        _app = app;
        Password = password;
    }

    /// <summary>Null: OBS with "Enable Authentication" off (Hello carries no challenge).</summary>
    public string? Password { get; set; }

    public int Port { get; private set; }

    /// <summary>The model of OBS the requests read and change.</summary>
    public FakeObs Obs { get; } = new();

    /// <summary>Request types the server reads but never answers (to make the client time out).</summary>
    public ConcurrentDictionary<string, bool> Unanswered { get; } = new(StringComparer.Ordinal);

    /// <summary>Every request served so far, in order, with its requestData.</summary>
    public IReadOnlyList<(string Type, JsonObject Data)> Requests => [.. _requests];

    public IReadOnlyList<Session> Sessions => [.. _all];

    public static async Task<FakeObsServer> StartAsync(string? password, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeObsServer(app, password);
        app.UseWebSockets();
        app.Run(server.HandleAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.Port = new Uri(address).Port;
        return server;
    }

    /// <summary>The next connection not returned yet; the guard (20 s) only fails a client that never comes.</summary>
    public Task<Session> NextSessionAsync(CancellationToken cancellationToken) =>
        _sessions.Reader.ReadAsync(cancellationToken).AsTask().WaitAsync(TimeSpan.FromSeconds(20), cancellationToken);

    /// <summary>Completes when a request of <paramref name="requestType"/> arrives (earlier ones count, each once).</summary>
    public async Task RequestSeenAsync(string requestType, CancellationToken cancellationToken)
    {
        using var guard = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        guard.CancelAfter(TimeSpan.FromSeconds(20));
        while (await _seen.Reader.ReadAsync(guard.Token) != requestType)
        {
            // Another request; keep reading.
        }
    }

    /// <summary>Answers the next handshake with this HTTP status instead of upgrading (OBS still starting).</summary>
    public void RejectNextWith(int httpStatus) => _rejections.Enqueue(httpStatus);

    /// <summary>Sends an event (op 5) to every identified session subscribed to its category.</summary>
    public async Task SendEventAsync(string type, int intent, JsonObject data, CancellationToken cancellationToken)
    {
        foreach (var session in _all.Where(s => s.IsIdentified && !s.Ended.IsCompleted && (s.EventSubscriptions & intent) != 0))
        {
            await session.SendAsync(Op(5, new JsonObject { ["eventType"] = type, ["eventIntent"] = intent, ["eventData"] = data.DeepClone() }), cancellationToken);
        }
    }

    /// <summary>OBS quitting: every open session is closed with <paramref name="code"/>.</summary>
    public async Task CloseAllAsync(int code, string reason, CancellationToken cancellationToken)
    {
        foreach (var session in _all.Where(s => !s.Ended.IsCompleted))
        {
            await session.CloseAsync(code, reason, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var session in _all)
        {
            session.Abort();
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (_rejections.TryDequeue(out var status) || !context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = status == 0 ? StatusCodes.Status400BadRequest : status;
            return;
        }
        var protocol = context.WebSockets.WebSocketRequestedProtocols.Contains("obswebsocket.json") ? "obswebsocket.json" : null;
        using var socket = await context.WebSockets.AcceptWebSocketAsync(protocol);
        var session = new Session(this, socket, context, protocol);
        _all.Enqueue(session);
        _sessions.Writer.TryWrite(session);
        await session.RunAsync();
    }

    private static string Op(int op, JsonObject d) => new JsonObject { ["op"] = op, ["d"] = d }.ToJsonString();

    /// <summary>The doc's steps, written out here independently of the app's ObsAuth.</summary>
    private static string Expected(string password, string salt, string challenge)
    {
        using var sha = SHA256.Create();
        var secret = Convert.ToBase64String(sha.ComputeHash(Encoding.UTF8.GetBytes(password + salt)));
        return Convert.ToBase64String(sha.ComputeHash(Encoding.UTF8.GetBytes(secret + challenge)));
    }
}
