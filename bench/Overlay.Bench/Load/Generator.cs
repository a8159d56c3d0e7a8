using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.WebSockets;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Overlay.Bench.Load;

/// <summary>
/// The fake upstream: a real WebSocket server on 127.0.0.1 speaking protocol.md. Each connection gets roomInfo
/// first (§4), then every broadcast frame. A broadcast stamps the send time once and queues the same bytes to
/// every client at that moment, so the app and the relay race from the same start line.
/// </summary>
public sealed class Generator : IAsyncDisposable
{
    private readonly ConcurrentDictionary<int, Channel<byte[]>> _clients = new();
    private readonly WebApplication _web;
    private int _nextClient;
    private long _sent;

    private Generator()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        _web = builder.Build();
        _web.UseWebSockets();
        _web.Run(AcceptAsync);
    }

    public SendLog Log { get; } = new();

    public Uri Url { get; private set; } = null!;

    public int ClientCount => _clients.Count;

    public long Sent => Interlocked.Read(ref _sent);

    public static async Task<Generator> StartAsync(CancellationToken cancellationToken)
    {
        var generator = new Generator();
        await generator._web.StartAsync(cancellationToken);
        var address = generator._web.Services.GetRequiredService<IServer>().Features
            .GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        generator.Url = new Uri(address.Replace("http://", "ws://", StringComparison.Ordinal).TrimEnd('/') + "/");
        return generator;
    }

    public async Task WaitForClientsAsync(int count, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var stop = Stopwatch.StartNew();
        while (_clients.Count < count)
        {
            if (stop.Elapsed > timeout)
            {
                throw new HarnessException($"only {_clients.Count} of {count} upstream clients connected within {timeout.TotalSeconds:0} s");
            }
            await Task.Delay(50, cancellationToken);
        }
    }

    /// <summary>Sends one frame to every connected client now and records the send time of its token.</summary>
    public void Broadcast(OutgoingFrame frame)
    {
        if (frame.Token is not null)
        {
            Log.Record(frame.Token, BenchClock.NowMs());
        }
        foreach (var queue in _clients.Values)
        {
            queue.Writer.TryWrite(frame.Utf8);
        }
        Interlocked.Increment(ref _sent);
    }

    /// <summary>
    /// Sends <paramref name="count"/> frames at a fixed rate. Each ~1 ms tick sends whatever is due by the
    /// stopwatch, so the average rate holds even when the timer oversleeps.
    /// </summary>
    public async Task RunAsync(double perSecond, long count, Func<long, OutgoingFrame> next, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        long sent = 0;
        while (sent < count)
        {
            var due = Math.Min(count, (long)(clock.Elapsed.TotalSeconds * perSecond) + 1);
            for (; sent < due; sent++)
            {
                Broadcast(next(sent));
            }
            await Task.Delay(1, cancellationToken);
        }
    }

    private async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var queue = Channel.CreateUnbounded<byte[]>(new UnboundedChannelOptions { SingleReader = true });
        queue.Writer.TryWrite(Frames.RoomInfo());
        var id = Interlocked.Increment(ref _nextClient);
        _clients[id] = queue;
        using var done = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        try
        {
            var receive = DrainAsync(socket, done.Token);
            var send = SendAsync(socket, queue.Reader, done.Token);
            await Task.WhenAny(receive, send);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The client went away; the harness notices through its own checks.
        }
        finally
        {
            _clients.TryRemove(id, out _);
            await done.CancelAsync();
        }
    }

    private static async Task SendAsync(WebSocket socket, ChannelReader<byte[]> reader, CancellationToken cancellationToken)
    {
        await foreach (var frame in reader.ReadAllAsync(cancellationToken))
        {
            await socket.SendAsync(frame, WebSocketMessageType.Text, true, cancellationToken);
        }
    }

    /// <summary>Clients send nothing (§1), but reading is what answers pings and notices the close.</summary>
    private static async Task DrainAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[1024];
        while (socket.State == WebSocketState.Open)
        {
            var result = await socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await _web.StopAsync(timeout.Token);
        }
        finally
        {
            await _web.DisposeAsync();
        }
    }
}
