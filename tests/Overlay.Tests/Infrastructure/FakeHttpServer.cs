using System.Collections.Concurrent;
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
/// A real HTTP server on 127.0.0.1 (Kestrel, in this process) with one handler per path: the fake CDN of the gift
/// picture tests and the fake REST API of the gift list tests. Counts the requests per path, and signals the first
/// one (<see cref="ArrivedAsync"/>), so a test can move a fake clock while a slow answer is under way.
/// <code>
/// await using var cdn = await FakeHttpServer.StartAsync(ct);
/// cdn.Map("/rose.png", c => FakeHttpServer.WriteAsync(c, "image/png", TestImages.Png));
/// var url = cdn.Url("/rose.png");
/// </code>
/// </summary>
public sealed class FakeHttpServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _hits = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<HttpRequest>> _arrived = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _queries = new();
    private readonly CancellationTokenSource _stopping = new();

    private FakeHttpServer(WebApplication app) => _app = app;

    public Uri BaseUri { get; private set; } = null!;

    /// <summary>Every request's path and query, in arrival order.</summary>
    public IReadOnlyList<string> Requests => [.. _queries];

    /// <summary>Cancelled when the server stops: a slow handler waits on it, so it never outlives the test.</summary>
    public CancellationToken Stopping => _stopping.Token;

    public static async Task<FakeHttpServer> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeHttpServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.BaseUri = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    public string Url(string path) => new Uri(BaseUri, path.TrimStart('/')).ToString();

    public void Map(string path, Func<HttpContext, Task> handler) => _routes[path] = handler;

    public int Hits(string path) => _hits.GetValueOrDefault(path);

    /// <summary>Completes with the first request for <paramref name="path"/> (already arrived or still to come).</summary>
    public Task<HttpRequest> ArrivedAsync(string path, CancellationToken cancellationToken) =>
        Signal(path).Task.WaitAsync(TimeSpan.FromSeconds(20), cancellationToken);

    /// <summary>Forgets that <paramref name="path"/> was asked for, so <see cref="ArrivedAsync"/> waits for the next request.</summary>
    public void ResetArrival(string path) => _arrived.TryRemove(path, out _);

    public static async Task WriteAsync(HttpContext context, string contentType, byte[] body, int status = 200)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    /// <summary>Sends headers and a first chunk, then nothing until the client gives up or the server stops.</summary>
    public async Task StallAsync(HttpContext context, string contentType)
    {
        context.Response.ContentType = contentType;
        await context.Response.Body.WriteAsync(new byte[] { 0x89, (byte)'P' }, context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
        using var both = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, Stopping);
        try
        {
            await Task.Delay(Timeout.Infinite, both.Token);
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>A body of <paramref name="bytes"/> PNG-looking bytes, streamed without a Content-Length.</summary>
    public static async Task StreamAsync(HttpContext context, string contentType, long bytes)
    {
        context.Response.ContentType = contentType;
        var chunk = new byte[64 * 1024];
        TestImages.Png.CopyTo(chunk, 0);
        try
        {
            for (long sent = 0; sent < bytes; sent += chunk.Length)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            // The client stopped reading at its cap: what the test wants.
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        _hits.AddOrUpdate(path, 1, (_, n) => n + 1);
        _queries.Enqueue(path + context.Request.QueryString.Value);
        Signal(path).TrySetResult(context.Request);
        if (_routes.TryGetValue(path, out var handler))
        {
            await handler(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status404NotFound;
    }

    private TaskCompletionSource<HttpRequest> Signal(string path) =>
        _arrived.GetOrAdd(path, _ => new TaskCompletionSource<HttpRequest>(TaskCreationOptions.RunContinuationsAsynchronously));

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}
