using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Overlay.Web.Events;
using Overlay.Web.Upstream;

namespace Overlay.Tests.Infrastructure;

/// <summary>The real app on a fake clock, pointed at a <see cref="TestUpstreamServer"/>, with every log line captured.</summary>
internal sealed class UpstreamHarness : IAsyncDisposable
{
    public const string PlantedKey = "tk_secret_planted";
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(20);

    private UpstreamHarness(TestUpstreamServer server, RunningApp app, FakeTimeProvider time)
    {
        Server = server;
        App = app;
        Time = time;
    }

    public TestUpstreamServer Server { get; }
    public RunningApp App { get; }
    public FakeTimeProvider Time { get; }
    public ConnectionStatusStore Status => App.Get<ConnectionStatusStore>();
    public IUpstreamControl Control => App.Get<IUpstreamControl>();
    public FakeLogCollector Logs => App.Services.GetFakeLogCollector();

    public static async Task<UpstreamHarness> StartAsync(CancellationToken ct, IDictionary<string, string?>? extra = null, string? contentRoot = null)
    {
        var server = await TestUpstreamServer.StartAsync(ct);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 20, 0, 0, TimeSpan.Zero));
        var settings = new Dictionary<string, string?>
        {
            ["Upstream:Url"] = server.Url.ToString(),
            ["Upstream:UniqueId"] = "@streamer",
            ["Upstream:ApiKey"] = PlantedKey,
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        var app = await RunningApp.StartAsync(settings, builder =>
        {
            builder.Services.AddSingleton<TimeProvider>(time);
            builder.Logging.SetMinimumLevel(LogLevel.Trace);
            builder.Logging.AddFakeLogging();
        }, contentRoot: contentRoot, cancellationToken: ct);
        return new UpstreamHarness(server, app, time);
    }

    /// <summary>Completes when the status matches; the guard only fails a hung test.</summary>
    public async Task<ConnectionStatus> WaitForStatusAsync(Func<ConnectionStatus, bool> predicate, CancellationToken ct)
    {
        var reached = new TaskCompletionSource<ConnectionStatus>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = Status.Subscribe(s =>
        {
            if (predicate(s))
            {
                reached.TrySetResult(s);
            }
        });
        if (predicate(Status.Current))
        {
            return Status.Current;
        }
        try
        {
            return await reached.Task.WaitAsync(Guard, ct);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Status never matched; last: {Status.Current.State} \"{Status.Current.Summary}\"");
        }
    }

    /// <summary>The next attempt, once the client reports it open (so a drop hits an open socket, not the handshake).</summary>
    public async Task<TestUpstreamServer.Attempt> NextConnectedAttemptAsync(CancellationToken ct)
    {
        var attempt = await Server.NextAttemptAsync(ct);
        await WaitForStatusAsync(s => s.State == ConnectionState.Connected, ct);
        return attempt;
    }

    public Task<ConnectionStatus> WaitForReconnectingAsync(int attempt, CancellationToken ct) =>
        WaitForStatusAsync(s => s.State == ConnectionState.Reconnecting && s.Attempt == attempt, ct);

    /// <summary>Where the pipeline reports room info, viewers, stream end and limit notices: tell the client directly.</summary>
    public IUpstreamSessionFacts Facts => App.Get<IUpstreamSessionFacts>();

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Server.DisposeAsync();
    }
}
