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
/// A webhook receiver on 127.0.0.1 (Kestrel, in this process): every POST is kept with its body and headers and can be
/// awaited with <see cref="NextAsync"/>. It answers with the queued statuses (then 200), and while <see cref="Hold"/>
/// is set it keeps each request open until <see cref="Release"/>, to stand for a slow receiver.
/// </summary>
public sealed class FakeWebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<Received> _received = Channel.CreateUnbounded<Received>();
    private readonly Queue<int> _statuses = new();
    private readonly Lock _gate = new();
    private TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private FakeWebhookReceiver(WebApplication app) => _app = app;

    public sealed record Received(string Path, byte[] Body, IReadOnlyDictionary<string, string> Headers)
    {
        public string Text => System.Text.Encoding.UTF8.GetString(Body);
    }

    public Uri Url { get; private set; } = null!;

    /// <summary>Requests wait for <see cref="Release"/> before they are answered.</summary>
    public bool Hold { get; set; }

    public static async Task<FakeWebhookReceiver> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new FakeWebhookReceiver(app);
        app.Run(receiver.HandleAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        receiver.Url = new Uri(address.TrimEnd('/') + "/hook");
        return receiver;
    }

    public void AnswerNext(params int[] statuses)
    {
        lock (_gate)
        {
            foreach (var s in statuses)
            {
                _statuses.Enqueue(s);
            }
        }
    }

    public void Release() => _release.TrySetResult();

    public async Task<Received> NextAsync(CancellationToken cancellationToken) =>
        await _received.Reader.ReadAsync(cancellationToken).AsTask().WaitAsync(TimeSpan.FromSeconds(20), cancellationToken);

    public int Count => _received.Reader.Count;

    private async Task HandleAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        _received.Writer.TryWrite(new Received(context.Request.Path, body.ToArray(), headers));
        if (Hold)
        {
            await _release.Task.WaitAsync(context.RequestAborted);
        }
        int status;
        lock (_gate)
        {
            status = _statuses.TryDequeue(out var s) ? s : 200;
        }
        context.Response.StatusCode = status;
    }

    public async ValueTask DisposeAsync()
    {
        Release();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
