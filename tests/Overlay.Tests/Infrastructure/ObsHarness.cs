using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Overlay.Tests.Storage;
using Overlay.Web.Obs.Client;
using Overlay.Web.Obs.Settings;

namespace Overlay.Tests.Infrastructure;

/// <summary>
/// The app's OBS connection on a fake clock, with its settings in a real SQLite file, against a
/// <see cref="FakeObsServer"/>. <see cref="StartAsync"/> saves the settings and starts the connect loop.
/// </summary>
public sealed class ObsHarness : IAsyncDisposable
{
    private readonly TempStore _temp = new();
    private readonly CancellationTokenSource _stop = new();

    private ObsHarness(FakeObsServer server, ILogger<ObsConnection>? logger)
    {
        Server = server;
        Store = _temp.Open();
        Repository = new ObsSettingsRepository(Store, TestSecrets.For(Store));
        Connection = new ObsConnection(Repository, Time, logger ?? NullLogger<ObsConnection>.Instance);
    }

    public FakeObsServer Server { get; }

    public FakeTimeProvider Time => _temp.Time;

    public Overlay.Web.Storage.OverlayStore Store { get; }

    public string StoreFolder => _temp.Folder;

    public ObsSettingsRepository Repository { get; }

    public ObsConnection Connection { get; }

    /// <param name="serverPassword">OBS's password (null: authentication off).</param>
    /// <param name="savedPassword">What the streamer saved in the admin.</param>
    public static async Task<ObsHarness> StartAsync(
        string? serverPassword, string savedPassword, CancellationToken ct, ILogger<ObsConnection>? logger = null)
    {
        var server = await FakeObsServer.StartAsync(serverPassword, ct);
        var harness = new ObsHarness(server, logger);
        harness.Repository.Save(harness.Settings(savedPassword));
        await harness.Connection.StartAsync(harness._stop.Token);
        return harness;
    }

    public ObsSettings Settings(string password, bool enabled = true) =>
        new() { Host = "127.0.0.1", Port = Server.Port, Password = password, Enabled = enabled };

    /// <summary>Waits until the status matches (see <see cref="ObsStatusWaiter"/>).</summary>
    public Task<ObsStatus> StatusAsync(Func<ObsStatus, bool> match, CancellationToken ct) => ObsStatusWaiter.WaitAsync(Connection, match, ct);

    public Task<ObsStatus> ConnectedAsync(CancellationToken ct) => StatusAsync(s => s.IsConnected, ct);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await Connection.StopAsync(timeout.Token);
        Connection.Dispose();
        await Server.DisposeAsync();
        _temp.Dispose();
    }
}
