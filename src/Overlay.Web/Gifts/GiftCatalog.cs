using Overlay.Web.Events;
using Overlay.Web.Storage;

namespace Overlay.Web.Gifts;

/// <summary>
/// Every gift the app has seen, learned from the gift combos on the hub (id, name, diamonds, picture, first and
/// last seen), so the admin can offer gifts by picture instead of by name typed from memory. Gifts in the
/// opponent's room during a PK are other events and never enter it. Bounded to <see cref="MaxGifts"/> (the
/// least recently seen go first); kept in memory and saved in one batch every <see cref="SaveInterval"/> on a
/// <see cref="TimeProvider"/> timer, never per event, and once more at shutdown. A store that cannot be used
/// leaves the catalogue in memory.
/// </summary>
public sealed partial class GiftCatalog(EventHub hub, GiftCatalogRepository repository, TimeProvider time, ILogger<GiftCatalog> logger)
    : IHostedService, IDisposable
{
    public const int MaxGifts = 2000;

    public static readonly TimeSpan SaveInterval = TimeSpan.FromSeconds(5);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, CatalogGift> _gifts = new(StringComparer.Ordinal);
    private readonly HashSet<string> _dirty = new(StringComparer.Ordinal);
    private readonly HandlerList<Action> _added = new();
    private IDisposable? _subscription;
    private ITimer? _timer;
    private bool _saveFailing;

    /// <summary>The catalogue, most valuable first, then by name.</summary>
    public IReadOnlyList<CatalogGift> All
    {
        get
        {
            lock (_gate)
            {
                return [.. _gifts.Values.OrderByDescending(g => g.Diamonds).ThenBy(g => g.Name, StringComparer.OrdinalIgnoreCase)];
            }
        }
    }

    /// <summary>
    /// Called when gifts join the catalogue (a new gift seen, an import), not on every gift frame: the admin's gift
    /// grid re-reads <see cref="All"/> then. Handlers run on the pipeline's thread and must be quick.
    /// </summary>
    public IDisposable SubscribeAdded(Action added) => _added.Add(added);

    public CatalogGift? Find(string giftId)
    {
        lock (_gate)
        {
            return _gifts.GetValueOrDefault(giftId);
        }
    }

    /// <summary>The gift with this name (case-insensitive), the most valuable when two share it.</summary>
    public CatalogGift? FindByName(string name)
    {
        lock (_gate)
        {
            return _gifts.Values.Where(g => string.Equals(g.Name, name, StringComparison.OrdinalIgnoreCase))
                .MaxBy(g => (g.Diamonds, g.LastSeen));
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            foreach (var gift in repository.LoadAll(MaxGifts))
            {
                _gifts[gift.GiftId] = gift;
            }
        }
        catch (StoreUnavailableException)
        {
            // Already logged by the store and shown in the admin; the catalogue starts empty and learns anew.
        }
        _subscription = hub.Subscribe(OnEvent);
        _timer = time.CreateTimer(_ => Save(), null, SaveInterval, SaveInterval);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        _timer?.Dispose();
        Save();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _timer?.Dispose();
    }

    private void OnEvent(OverlayEvent evt)
    {
        if (evt is not GiftComboEvent combo || (combo.GiftId.Length == 0 && combo.GiftName.Length == 0))
        {
            return;
        }
        // A frame without an id still names its gift; keep it findable under its name.
        var id = combo.GiftId.Length > 0 ? combo.GiftId : "name:" + combo.GiftName;
        var now = time.GetUtcNow();
        bool isNew;
        lock (_gate)
        {
            var known = _gifts.GetValueOrDefault(id);
            var name = combo.GiftName.Length > 0 ? combo.GiftName : known?.Name ?? "";
            var learned = new CatalogGift(id, name, combo.DiamondsEach, combo.PictureUrl ?? known?.PictureUrl, known?.FirstSeen ?? now, now);
            Put(known, learned);
            isNew = known is null;
        }
        if (isNew)
        {
            NotifyAdded();
        }
    }

    private void NotifyAdded()
    {
        foreach (var handler in _added.Snapshot)
        {
            try
            {
                handler();
            }
            catch (Exception ex)
            {
                LogNotifyFailed(logger, ex);
            }
        }
    }

    // Under _gate.
    private void Put(CatalogGift? known, CatalogGift gift)
    {
        if (known is null && _gifts.Count >= MaxGifts)
        {
            var oldest = _gifts.Values.MinBy(g => g.LastSeen)!;
            _gifts.Remove(oldest.GiftId);
            _dirty.Remove(oldest.GiftId);
        }
        _gifts[gift.GiftId] = gift;
        _dirty.Add(gift.GiftId);
    }

    private void Save()
    {
        List<CatalogGift> batch;
        lock (_gate)
        {
            if (_dirty.Count == 0)
            {
                return;
            }
            batch = [.. _dirty.Select(id => _gifts[id])];
            _dirty.Clear();
        }
        try
        {
            repository.Save(batch, MaxGifts);
            if (_saveFailing)
            {
                _saveFailing = false;
                LogSaveRecovered(logger);
            }
        }
        catch (StoreUnavailableException ex)
        {
            lock (_gate)
            {
                foreach (var gift in batch.Where(g => _gifts.ContainsKey(g.GiftId)))
                {
                    _dirty.Add(gift.GiftId);
                }
            }
            if (!_saveFailing)
            {
                _saveFailing = true;
                LogSaveFailed(logger, ex.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The gift catalogue could not be saved ({Problem}); it is kept in memory and saved when the store works again")]
    private static partial void LogSaveFailed(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A gift catalogue listener failed")]
    private static partial void LogNotifyFailed(ILogger logger, Exception ex);

    [LoggerMessage(Level = LogLevel.Information, Message = "The gift catalogue is saved again")]
    private static partial void LogSaveRecovered(ILogger logger);
}
