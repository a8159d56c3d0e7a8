using System.Text.Json.Nodes;
using System.Threading.Channels;
using Overlay.Web.Events;
using Overlay.Web.Obs.Protocol;
using Overlay.Web.Obs.Settings;

namespace Overlay.Web.Obs.Client;

/// <summary>
/// The app's one connection to OBS, for as long as the app runs: connects with the saved settings, reconnects with
/// <see cref="ObsBackoff"/> (on the injected TimeProvider) when OBS restarts, and stops trying on a wrong password,
/// a kick or an old OBS until the streamer saves or presses Reconnect. Everything else asks OBS through
/// <see cref="RequestAsync"/>, which answers (never throws) even while OBS is away.
/// </summary>
public sealed partial class ObsConnection(ObsSettingsRepository repository, TimeProvider time, ILogger<ObsConnection> logger)
    : BackgroundService
{
    private readonly Lock _gate = new();
    private readonly Channel<bool> _wake = Channel.CreateUnbounded<bool>();
    private readonly HandlerList<Action<ObsStatus>> _statusHandlers = new();
    private readonly HandlerList<Action<ObsEvent>> _eventHandlers = new();
    private ObsStatus _status = new();
    private volatile ObsSession? _session;

    public ObsStatus Status => Volatile.Read(ref _status);

    /// <summary>Called on every status change, on the connection's thread: keep it quick.</summary>
    public IDisposable SubscribeStatus(Action<ObsStatus> handler) => _statusHandlers.Add(handler);

    /// <summary>Called for each event OBS sends (scene changed, recording started …), on the receive loop: keep it quick.</summary>
    public IDisposable SubscribeEvents(Action<ObsEvent> handler) => _eventHandlers.Add(handler);

    /// <summary>Sends one request to OBS; when OBS is not connected the answer says so (code 0).</summary>
    public Task<ObsResponse> RequestAsync(string requestType, JsonObject? requestData = null, CancellationToken cancellationToken = default) =>
        _session is { } session
            ? session.RequestAsync(requestType, requestData, cancellationToken)
            : Task.FromResult(ObsResponse.Failed(NotConnectedProblem()));

    /// <summary>Saves new settings and connects with them at once.</summary>
    /// <exception cref="Storage.StoreUnavailableException">The settings file cannot be written.</exception>
    public void Save(ObsSettings settings)
    {
        repository.Save(settings);
        Reconnect();
    }

    /// <summary>Drops the current connection (if any) and connects again now, with the saved settings.</summary>
    public void Reconnect() => _wake.Writer.TryWrite(true);

    /// <summary>
    /// Connects once with <paramref name="settings"/> (which need not be saved) and says what happened, e.g.
    /// "Connected to OBS 30.2.2 (obs-websocket 5.5.2)". The app's own connection is left alone.
    /// </summary>
    public async Task<(bool Ok, string Message)> TestAsync(ObsSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            await using var session = await ObsSession.ConnectAsync(settings, time, _ => { }, cancellationToken).ConfigureAwait(false);
            var version = await session.RequestAsync("GetVersion", null, cancellationToken).ConfigureAwait(false);
            return (true, ConnectedSummary(version, session, settings));
        }
        catch (ObsHandshakeException ex)
        {
            return (false, ex.Message);
        }
    }

    private string NotConnectedProblem() => Status.State switch
    {
        ObsState.Off => "OBS control is off: turn it on in the admin's OBS page.",
        ObsState.Connected or ObsState.Connecting => "OBS is not connected yet.",
        _ => "OBS is not connected: " + Status.Summary,
    };

    private static string ConnectedSummary(ObsResponse version, ObsSession session, ObsSettings settings) =>
        $"Connected to OBS {version.String("obsVersion") ?? "?"} (obs-websocket {version.String("obsWebSocketVersion") ?? session.WebSocketVersion ?? "?"}) at {settings.Address}.";

    private void SetStatus(Func<ObsStatus, ObsStatus> change)
    {
        ObsStatus next;
        lock (_gate)
        {
            next = change(_status);
            Volatile.Write(ref _status, next);
        }
        foreach (var handler in _statusHandlers.Snapshot)
        {
            try
            {
                handler(next);
            }
            catch (Exception ex)
            {
                // A subscriber's bug (an admin page) must not stop the connect loop or the receive loop.
                LogStatusHandlerFailed(logger, ex);
            }
        }
    }

    private void OnEvent(ObsEvent e)
    {
        switch (e.Type)
        {
            case "CurrentProgramSceneChanged":
                SetStatus(s => s with { CurrentScene = ObsMessage.Read.String(e.Data, "sceneName") ?? s.CurrentScene });
                break;
            case "RecordStateChanged":
                SetStatus(s => s with { Recording = ObsMessage.Read.Bool(e.Data, "outputActive") ?? s.Recording });
                break;
            case "ExitStarted":
                SetStatus(s => s with { Summary = "OBS is closing." });
                break;
        }
        foreach (var handler in _eventHandlers.Snapshot)
        {
            try
            {
                handler(e);
            }
            catch (Exception ex)
            {
                // One subscriber's bug must not end the connection for the others.
                LogEventHandlerFailed(logger, e.Type, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "An OBS status subscriber failed")]
    private static partial void LogStatusHandlerFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An OBS event handler failed for {EventType}")]
    private static partial void LogEventHandlerFailed(ILogger logger, string eventType, Exception exception);
}
