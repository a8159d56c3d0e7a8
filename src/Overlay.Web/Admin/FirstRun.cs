using Overlay.Web.Events;
using Overlay.Web.Storage;
using Overlay.Web.Upstream;

namespace Overlay.Web.Admin;

/// <summary>
/// The admin's first-run checklist: connect your LIVE (or stay on demo), add a widget to OBS, send a test gift.
/// Each step ticks itself when it happens, whether or not the admin is open: a connection to a real LIVE, a widget
/// page loaded by OBS (its browser says "OBS/" in its user agent), a test gift reaching the widgets. Saved in the
/// store; a store that cannot be used keeps the ticks for this run.
/// </summary>
public sealed class FirstRun(EventHub hub, ConnectionStatusStore status, FirstRunRepository repository) : IHostedService, IDisposable
{
    public const string Live = "live";
    public const string Obs = "obs";
    public const string TestGift = "test-gift";
    public const string Dismissed = "dismissed";

    private readonly Lock _gate = new();
    private readonly HashSet<string> _done = new(StringComparer.Ordinal);
    private readonly HandlerList<Action> _changed = new();
    private IDisposable? _events;
    private IDisposable? _status;

    public bool IsDone(string step)
    {
        lock (_gate)
        {
            return _done.Contains(step);
        }
    }

    /// <summary>True while the checklist has something left to show: not hidden and not every step done.</summary>
    public bool Open => !IsDone(Dismissed);

    public bool AllDone => IsDone(Live) && IsDone(Obs) && IsDone(TestGift);

    public IDisposable Subscribe(Action changed) => _changed.Add(changed);

    public void Mark(string step)
    {
        lock (_gate)
        {
            if (!_done.Add(step))
            {
                return;
            }
        }
        try
        {
            repository.MarkDone(step);
        }
        catch (StoreUnavailableException)
        {
            // Shown in the admin by the store banner; the tick holds for this run.
        }
        foreach (var handler in _changed.Snapshot)
        {
            handler();
        }
    }

    /// <summary>A widget page was requested with this user agent.</summary>
    public void SawWidgetPage(string? userAgent)
    {
        if (userAgent is not null && userAgent.Contains(" OBS/", StringComparison.Ordinal) && !IsDone(Obs))
        {
            Mark(Obs);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            lock (_gate)
            {
                _done.UnionWith(repository.LoadDone());
            }
        }
        catch (StoreUnavailableException)
        {
            // Starts with nothing ticked.
        }
        _events = hub.Subscribe(OnEvent);
        _status = status.Subscribe(OnStatus);
        OnStatus(status.Current);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _events?.Dispose();
        _status?.Dispose();
    }

    private void OnEvent(OverlayEvent evt)
    {
        if (evt is GiftComboEvent gift && gift.User.UniqueId == TestEventSender.Tester.UniqueId && !IsDone(TestGift))
        {
            Mark(TestGift);
        }
    }

    private void OnStatus(ConnectionStatus current)
    {
        if (current.State == ConnectionState.Connected && !current.IsDemo && !IsDone(Live))
        {
            Mark(Live);
        }
    }
}
