using Overlay.Web.Events;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Overlay.Web.Storage;
using Overlay.Web.Upstream;

namespace Overlay.Web.Admin;

/// <summary>
/// Serves the stored connection settings to the admin and, through options post-configuration, to everything
/// that reads <see cref="UpstreamOptions"/>. The rule (see README "Settings storage"): configuration seeds the
/// first start; afterwards what the admin saved wins, until the configuration's own Upstream values change. A save swaps the change token, so IOptionsMonitor recomputes the
/// options and calls its OnChange listeners (the upstream client reconnects there) without a restart.
/// When the store is unusable the configuration values are used, so widgets and the demo keep working.
/// </summary>
public sealed class StoredConnectionSettingsSource(ConnectionSettingsRepository repository, IConfiguration configuration)
    : IConnectionSettingsSource, IPostConfigureOptions<UpstreamOptions>, IOptionsChangeTokenSource<UpstreamOptions>
{
    private readonly Lock _gate = new();
    private StoredConnectionSettings? _current;
    private bool _persistent;
    private bool _configurationWon;
    private CancellationTokenSource _changed = new();
    private readonly HandlerList<Action<StoredConnectionSettings>> _subscribers = new();

    public string? Name => Options.DefaultName;

    public StoredConnectionSettings Current
    {
        get
        {
            lock (_gate)
            {
                return _current ??= Load();
            }
        }
    }

    public bool IsPersistent
    {
        get
        {
            lock (_gate)
            {
                _current ??= Load();
                return _persistent;
            }
        }
    }

    public void Save(ConnectionSettingsEdit edit)
    {
        lock (_gate)
        {
            var next = edit.ApplyTo(_current ??= Load());
            repository.Save(next);
            _current = next;
            _persistent = true;
        }
        Notify();
    }

    public void Reload()
    {
        lock (_gate)
        {
            _current = Load();
        }
        Notify();
    }

    public IDisposable Subscribe(Action<StoredConnectionSettings> changed) => _subscribers.Add(changed);

    public void PostConfigure(string? name, UpstreamOptions options)
    {
        if (name != Options.DefaultName)
        {
            return;
        }
        // Options are recomputed after a save and after a configuration reload; the latter may carry a
        // deliberate edit of appsettings.json or the environment, which then replaces the stored values.
        StoredConnectionSettings current;
        bool changed;
        lock (_gate)
        {
            var before = _current;
            current = _current = Load();
            changed = before is not null && _configurationWon;
        }
        if (changed)
        {
            foreach (var subscriber in _subscribers.Snapshot)
            {
                subscriber(current);
            }
        }
        options.UniqueId = current.UniqueId;
        options.ApiKey = current.ApiKey;
        options.JwtKey = current.JwtKey;
        options.Demo = current.Demo;
    }

    public IChangeToken GetChangeToken()
    {
        lock (_gate)
        {
            return new CancellationChangeToken(_changed.Token);
        }
    }

    private StoredConnectionSettings Load()
    {
        var fromConfiguration = FromConfiguration();
        try
        {
            (var settings, _configurationWon) = repository.SyncWithConfiguration(fromConfiguration);
            _persistent = true;
            return settings;
        }
        catch (StoreUnavailableException)
        {
            // Already logged once by the store and shown on the admin page.
            _persistent = false;
            _configurationWon = false;
            return fromConfiguration;
        }
    }

    private StoredConnectionSettings FromConfiguration()
    {
        var section = configuration.GetSection(UpstreamOptions.SectionName);
        return new StoredConnectionSettings
        {
            UniqueId = (section[nameof(UpstreamOptions.UniqueId)] ?? "").Trim().TrimStart('@'),
            ApiKey = (section[nameof(UpstreamOptions.ApiKey)] ?? "").Trim(),
            JwtKey = (section[nameof(UpstreamOptions.JwtKey)] ?? "").Trim(),
            Demo = bool.TryParse(section[nameof(UpstreamOptions.Demo)], out var demo) && demo,
        };
    }

    private void Notify()
    {
        CancellationTokenSource previous;
        StoredConnectionSettings current;
        lock (_gate)
        {
            previous = _changed;
            _changed = new CancellationTokenSource();
            current = _current ?? Load();
        }
        // Cancelling runs IOptionsMonitor's reload, which calls PostConfigure and then the OnChange listeners.
        previous.Cancel();
        previous.Dispose();
        foreach (var subscriber in _subscribers.Snapshot)
        {
            subscriber(current);
        }
    }
}
