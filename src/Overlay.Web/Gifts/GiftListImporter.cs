using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Overlay.Web.Admin;
using Overlay.Web.Events;
using Overlay.Web.Upstream;

namespace Overlay.Web.Gifts;

/// <summary>
/// Imports the provider's gift list (protocol.md §10 "Gift list (REST)") into the <see cref="GiftCatalog"/>:
/// at start and whenever the username or API key changes (when a key is set), <see cref="GiftListOptions.DebounceSeconds"/>
/// after a giftPanelUpdate (several in a row cost one request), and on the admin's refresh button. The list is
/// optional: any failure leaves the learned catalogue as it is and says why in <see cref="Status"/>.
/// One loop does the requests, one at a time; the triggers only ask it to run.
/// </summary>
public sealed partial class GiftListImporter(
    GiftListClient client,
    GiftCatalog catalog,
    IConnectionSettingsSource connection,
    IOptionsMonitor<UpstreamOptions> upstream,
    IOptions<GiftListOptions> options,
    EventHub hub,
    TimeProvider time,
    ILogger<GiftListImporter> logger) : BackgroundService
{
    private readonly Channel<bool> _requests = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly HandlerList<Action<GiftImportStatus>> _subscribers = new();
    private readonly Lock _gate = new();
    private GiftImportStatus _status = GiftImportStatus.NotYet;
    private (string UniqueId, string ApiKey) _lastTarget;
    private ITimer? _debounce;
    private IDisposable? _hubSubscription;
    private IDisposable? _settingsSubscription;

    public GiftImportStatus Status
    {
        get { lock (_gate) { return _status; } }
    }

    /// <summary>Called with each new status, on the import loop's thread.</summary>
    public IDisposable Subscribe(Action<GiftImportStatus> changed) => _subscribers.Add(changed);

    /// <summary>Asks for an import now (the admin's "refresh from provider"). False when one is already queued.</summary>
    public bool Refresh() => _requests.Writer.TryWrite(true);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _hubSubscription = hub.Subscribe(OnEvent);
        _settingsSubscription = connection.Subscribe(OnSettingsChanged);
        OnSettingsChanged(connection.Current);
        try
        {
            await foreach (var _ in _requests.Reader.ReadAllAsync(stoppingToken))
            {
                await ImportAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override void Dispose()
    {
        _hubSubscription?.Dispose();
        _settingsSubscription?.Dispose();
        lock (_gate)
        {
            _debounce?.Dispose();
        }
        base.Dispose();
    }

    private void OnSettingsChanged(Storage.StoredConnectionSettings settings)
    {
        var target = (settings.UniqueId.Trim().TrimStart('@'), settings.ApiKey.Trim());
        lock (_gate)
        {
            if (target == _lastTarget)
            {
                return;
            }
            _lastTarget = target;
        }
        Refresh();
    }

    private void OnEvent(OverlayEvent evt)
    {
        if (evt is not GiftPanelUpdatedEvent)
        {
            return;
        }
        lock (_gate)
        {
            // The first update in a quiet spell starts the wait; the ones after it ride along.
            _debounce ??= time.CreateTimer(_ => FireDebounce(), null, TimeSpan.FromSeconds(options.Value.DebounceSeconds), Timeout.InfiniteTimeSpan);
        }
    }

    private void FireDebounce()
    {
        lock (_gate)
        {
            _debounce?.Dispose();
            _debounce = null;
        }
        Refresh();
    }

    private async Task ImportAsync(CancellationToken stoppingToken)
    {
        var settings = connection.Current;
        var uniqueId = settings.UniqueId.Trim().TrimStart('@');
        var key = settings.ApiKey.Trim();
        if (!options.Value.Enabled)
        {
            SetStatus(new GiftImportStatus(GiftImportState.Off, GiftImportStatus.DisabledText));
            return;
        }
        if (key.Length == 0 || uniqueId.Length == 0)
        {
            SetStatus(key.Length == 0 && settings.JwtKey.Trim().Length > 0
                ? new GiftImportStatus(GiftImportState.Off, GiftImportStatus.NeedsApiKeyText)
                : GiftImportStatus.NotYet);
            return;
        }
        if (GiftListClient.BaseFor(options.Value, upstream.CurrentValue) is not { } baseUri)
        {
            SetStatus(new GiftImportStatus(GiftImportState.Failed, GiftImportStatus.BadBaseUrlText));
            return;
        }
        SetStatus(new GiftImportStatus(GiftImportState.Running, GiftImportStatus.FetchingText));
        var (gifts, problem) = await client.FetchAsync(baseUri, uniqueId, key, stoppingToken);
        var now = time.GetUtcNow();
        if (gifts is null)
        {
            // Redacted again here: whatever the client quoted, the key never reaches the admin or the log.
            var found = problem ?? new(GiftListProblem.NotAList);
            var safe = found with { Args = [.. found.Args.Select(a => a is string text ? UrlRedactor.Redact(text, key) : a)] };
            LogFailed(logger, safe.Message);
            SetStatus(new GiftImportStatus(GiftImportState.Failed, GiftImportStatus.FailedText, now) { Args = [safe] });
            return;
        }
        var count = catalog.Import(gifts);
        LogImported(logger, count);
        SetStatus(new GiftImportStatus(GiftImportState.Imported, GiftImportStatus.ImportedText, now, count) { Args = [count] });
    }

    private void SetStatus(GiftImportStatus status)
    {
        lock (_gate)
        {
            _status = status;
        }
        foreach (var subscriber in _subscribers.Snapshot)
        {
            subscriber(status);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The provider's gift list was not imported: {Problem} The learned gifts are kept")]
    private static partial void LogFailed(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {Count} gifts from the provider's gift list")]
    private static partial void LogImported(ILogger logger, int count);
}
