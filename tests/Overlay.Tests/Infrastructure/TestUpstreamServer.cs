using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Overlay.Tests.Infrastructure;

/// <summary>
/// A real WebSocket server on 127.0.0.1 (Kestrel, in this process) standing in for tik.tools. Every connection
/// attempt becomes an <see cref="Attempt"/> you can await with <see cref="NextAttemptAsync"/>, then drive:
/// send frames, close with a code, or drop the TCP connection. <see cref="RejectNextWith"/> refuses upcoming
/// handshakes with an HTTP status instead.
/// <code>
/// await using var upstream = await TestUpstreamServer.StartAsync(ct);
/// // settings: ["Upstream:Url"] = upstream.Url.ToString()
/// var attempt = await upstream.NextAttemptAsync(ct);
/// await attempt.SendTextAsync("""{"event":"roomInfo","roomId":"1"}""", ct);
/// await attempt.CloseAsync(4003, "Invalid API key", ct);
/// </code>
/// </summary>
public sealed class TestUpstreamServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<Attempt> _pending = Channel.CreateUnbounded<Attempt>();
    private readonly ConcurrentQueue<int> _rejections = new();
    private readonly ConcurrentQueue<Attempt> _all = new();
    private int _count;

    private TestUpstreamServer(WebApplication app) => _app = app;

    /// <summary>ws://127.0.0.1:port/ — any path and query is accepted.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>Every attempt so far, in arrival order (rejected ones included).</summary>
    public IReadOnlyList<Attempt> Attempts => [.. _all];

    public int AttemptCount => Volatile.Read(ref _count);

    public static async Task<TestUpstreamServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new TestUpstreamServer(app);
        app.UseWebSockets();
        app.Run(server.HandleAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.First();
        server.Url = new Uri(address.Replace("http://", "ws://", StringComparison.Ordinal).TrimEnd('/') + "/");
        return server;
    }

    /// <summary>
    /// The next attempt that has not been returned yet (they queue up, none is missed). <paramref name="guard"/>
    /// (default 20 s) only fails a test whose client never connects; it is not a way to wait.
    /// </summary>
    public async Task<Attempt> NextAttemptAsync(CancellationToken cancellationToken, TimeSpan? guard = null)
    {
        try
        {
            return await _pending.Reader.ReadAsync(cancellationToken).AsTask()
                .WaitAsync(guard ?? TimeSpan.FromSeconds(20), cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"No connection attempt arrived (attempts so far: {AttemptCount}).");
        }
    }

    /// <summary>True when an attempt arrived that <see cref="NextAttemptAsync"/> has not returned yet.</summary>
    public bool HasUnreadAttempt => _pending.Reader.Count > 0;

    /// <summary>Answers the next handshake with this HTTP status (e.g. 401, 429, 503) instead of upgrading.</summary>
    public void RejectNextWith(int httpStatus) => _rejections.Enqueue(httpStatus);

    public async ValueTask DisposeAsync()
    {
        foreach (var attempt in _all)
        {
            attempt.Abort();
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        // The app derives its REST address (the gift list, protocol.md §10) from the socket's; that is no
        // connection attempt. Tests of the gift list use their own FakeGiftListServer.
        if (!context.WebSockets.IsWebSocketRequest && context.Request.Path.StartsWithSegments("/webcast"))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var number = Interlocked.Increment(ref _count);
        if (_rejections.TryDequeue(out var status) || !context.WebSockets.IsWebSocketRequest)
        {
            var rejected = new Attempt(number, context.Request.QueryString.Value ?? "", null, context);
            _all.Enqueue(rejected);
            _pending.Writer.TryWrite(rejected);
            context.Response.StatusCode = status == 0 ? StatusCodes.Status400BadRequest : status;
            return;
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var attempt = new Attempt(number, context.Request.QueryString.Value ?? "", socket, context);
        _all.Enqueue(attempt);
        _pending.Writer.TryWrite(attempt);
        await attempt.ReceiveUntilClosedAsync();
    }

    /// <summary>One connection attempt seen by this server.</summary>
    public sealed class Attempt
    {
        private readonly WebSocket? _socket;
        private readonly HttpContext _context;
        private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);

        internal Attempt(int number, string queryString, WebSocket? socket, HttpContext context)
        {
            Number = number;
            QueryString = queryString;
            _socket = socket;
            _context = context;
            ReceivedAt = DateTimeOffset.UtcNow;
            if (socket is null)
            {
                _ended.TrySetResult();
            }
        }

        /// <summary>1 for the first attempt the server saw.</summary>
        public int Number { get; }

        /// <summary>The raw query string, including the leading "?" (it holds the key: tests only).</summary>
        public string QueryString { get; }

        /// <summary>Wall-clock arrival time (the app under test may run on a fake clock).</summary>
        public DateTimeOffset ReceivedAt { get; }

        /// <summary>False when the handshake was refused with an HTTP status.</summary>
        public bool Upgraded => _socket is not null;

        /// <summary>Completes when the socket is gone: closed by either side or aborted.</summary>
        public Task Ended => _ended.Task;

        /// <summary>The close code the client sent, if it closed the socket itself.</summary>
        public int? ClientCloseCode { get; private set; }

        public Task SendTextAsync(string text, CancellationToken cancellationToken) =>
            Socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, cancellationToken);

        public Task SendBinaryAsync(byte[] bytes, CancellationToken cancellationToken) =>
            Socket.SendAsync(bytes, WebSocketMessageType.Binary, true, cancellationToken);

        /// <summary>Sends a close frame with this code and reason, then waits for the client's answer.</summary>
        public async Task CloseAsync(int code, string reason, CancellationToken cancellationToken)
        {
            await Socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, cancellationToken);
            await Ended.WaitAsync(cancellationToken);
        }

        /// <summary>Drops the TCP connection without a close frame (the client sees 1006).</summary>
        public void Abort()
        {
            if (_ended.Task.IsCompleted)
            {
                return;
            }
            try
            {
                _context.Abort();
            }
            catch (ObjectDisposedException)
            {
                // The request already finished: the connection is gone anyway.
            }
            _ended.TrySetResult();
        }

        private WebSocket Socket => _socket ?? throw new InvalidOperationException($"Attempt {Number} was rejected; it has no socket.");

        internal async Task ReceiveUntilClosedAsync()
        {
            var buffer = new byte[4096];
            try
            {
                while (_socket!.State is WebSocketState.Open or WebSocketState.CloseSent)
                {
                    var result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        ClientCloseCode ??= (int?)result.CloseStatus;
                        if (_socket.State == WebSocketState.CloseReceived)
                        {
                            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
                        }
                        break;
                    }
                }
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
            {
                // Aborted by the test or dropped by the client: either way this attempt is over.
            }
            finally
            {
                _ended.TrySetResult();
            }
        }
    }
}
